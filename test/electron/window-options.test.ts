import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/window-options';

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
