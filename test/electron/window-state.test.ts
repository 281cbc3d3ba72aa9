import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowBounds,
  serializeWindowState,
  type Rect,
} from '../../electron/window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
const monitorRight = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small = { workArea: { x: 0, y: 0, width: 1280, height: 720 } };

const state = (bounds: Rect, maximized = false) => ({ bounds, maximized });

describe('window state file', () => {
  it('round-trips bounds and maximized', () => {
    const saved = state({ x: 100, y: 50, width: 1200, height: 800 }, true);
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
  });

  it.each([
    ['missing', null],
    ['corrupted', '{"version":1,"bounds":'],
    [
      'negative size',
      '{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}',
    ],
    [
      'non-numeric',
      '{"version":1,"bounds":{"x":"0","y":0,"width":5,"height":10},"maximized":false}',
    ],
    ['unversioned', '{"bounds":{"x":0,"y":0,"width":5,"height":10},"maximized":false}'],
  ])('ignores a %s file', (_name, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('restoreWindowBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowBounds(null, [laptop], laptop)).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('shrinks the default size to a small screen', () => {
    expect(restoreWindowBounds(null, [small], small)).toMatchObject({ width: 1280, height: 720 });
  });

  it('keeps a window that fits where it was, maximized or not', () => {
    const bounds = { x: 2000, y: 100, width: 1500, height: 900 };
    expect(restoreWindowBounds(state(bounds, true), [laptop, monitorRight], laptop)).toEqual({
      ...bounds,
      maximized: true,
    });
  });

  it('pulls a window hanging off the edge back inside its display', () => {
    const bounds = { x: 1500, y: -40, width: 1200, height: 800 };
    expect(restoreWindowBounds(state(bounds), [laptop], laptop)).toEqual({
      x: 1920 - 1200,
      y: 0,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('centres on the primary display a window left on a disconnected monitor', () => {
    const bounds = { x: 2200, y: 200, width: 1600, height: 1000 };
    expect(restoreWindowBounds(state(bounds), [laptop], laptop)).toEqual({
      x: (1920 - 1600) / 2,
      y: (1050 - 1000) / 2,
      width: 1600,
      height: 1000,
      maximized: false,
    });
  });

  it('treats a window barely peeking onto a display as lost', () => {
    const bounds = { x: 1900, y: 100, width: 1200, height: 800 }; // 20 px visible
    const restored = restoreWindowBounds(state(bounds), [laptop], laptop);
    expect(restored.x).toBe((1920 - 1200) / 2);
  });

  it('shrinks a window larger than its display to fit, never below the minimum', () => {
    const huge = { x: 0, y: 0, width: 4000, height: 3000 };
    expect(restoreWindowBounds(state(huge), [small], small)).toMatchObject({
      x: 0,
      y: 0,
      width: 1280,
      height: 720,
    });
    const tiny = { x: 10, y: 10, width: 200, height: 100 };
    expect(restoreWindowBounds(state(tiny), [laptop], laptop)).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('picks the display that shows most of the window', () => {
    const bounds = { x: 1700, y: 100, width: 1200, height: 800 }; // mostly on the right monitor
    const restored = restoreWindowBounds(state(bounds), [laptop, monitorRight], laptop);
    expect(restored.x).toBeGreaterThanOrEqual(1920);
  });

  it('handles a display left of and above the primary (negative coordinates)', () => {
    const left = { workArea: { x: -1920, y: -200, width: 1920, height: 1080 } };
    const bounds = { x: -1800, y: -150, width: 1200, height: 800 };
    expect(restoreWindowBounds(state(bounds), [laptop, left], laptop)).toMatchObject({
      x: -1800,
      y: -150,
    });
  });
});
