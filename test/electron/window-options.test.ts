import { describe, expect, it } from 'vitest';
import {
  createPdfWindowOptions,
  createWindowOptions,
  PDF_PARTITION,
} from '../../electron/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets webPreferences.%s to %s explicitly', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('loads the given preload and nothing else', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('waits for the first paint before showing the window', () => {
    expect(options.show).toBe(false);
  });

  it('sets the icon only when given', () => {
    expect(options).not.toHaveProperty('icon');
    expect(createWindowOptions({ preloadPath: '/p.cjs', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});

describe('createWindowOptions with restored bounds', () => {
  it('uses the restored size and position, or only the size when it is to be centred', () => {
    const placed = createWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
    });
    expect([placed.x, placed.y, placed.width, placed.height]).toEqual([10, 20, 1000, 700]);
    const centred = createWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { width: 1200, height: 800 },
    });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
    expect([centred.width, centred.height]).toEqual([1200, 800]);
  });
});

describe('createPdfWindowOptions (the hidden window that prints the brief)', () => {
  const options = createPdfWindowOptions();
  const web = options.webPreferences ?? {};

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['javascript', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets webPreferences.%s to %s explicitly', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('has no preload, is never shown, and uses its own in-memory session', () => {
    expect(web).not.toHaveProperty('preload');
    expect(options.show).toBe(false);
    expect(web.partition).toBe(PDF_PARTITION);
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
  });
});
