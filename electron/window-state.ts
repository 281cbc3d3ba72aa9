import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What is remembered between runs (userData/window-state.json). */
export interface WindowState {
  /** The normal (not maximized) bounds. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

/** Where and how big the window opens; no x/y means "centre it" (Electron's default). */
export interface InitialBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** A saved window must show at least this much of itself on a display to stay where it was. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

const finite = z.number().finite();
const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: finite,
    y: finite,
    width: finite.positive(),
    height: finite.positive(),
  }),
  maximized: z.boolean(),
});

export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
  } catch {
    return null;
  }
}

export function serializeWindowState(state: WindowState): string {
  const { x, y, width, height } = state.bounds;
  return `${JSON.stringify({ version: 1, bounds: { x, y, width, height }, maximized: state.maximized })}\n`;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** A size no larger than the work area, and no smaller than the minimum unless the area is. */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(width, MIN_WINDOW_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(height, MIN_WINDOW_SIZE.height), area.height)),
  };
}

/**
 * The window's first bounds from the saved state and today's displays (their work areas: the
 * screen minus task bars and docks). A window on a display that is still there keeps its place,
 * shrunk and moved just enough to fit that display; one left on a display that is gone (a
 * disconnected monitor), or barely visible, is centred on the primary display. Nothing saved:
 * the default size, centred.
 */
export function restoreWindowBounds(
  state: WindowState | null,
  displays: readonly { readonly workArea: Rect }[],
  primary: { readonly workArea: Rect },
): InitialBounds {
  if (state === null) {
    return {
      ...fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary.workArea),
      maximized: false,
    };
  }
  const { bounds } = state;
  let best: Rect | undefined;
  let bestArea = 0;
  for (const { workArea } of displays) {
    const visible = overlap(bounds, workArea);
    const area = visible.width * visible.height;
    if (
      visible.width >= MIN_VISIBLE.width &&
      visible.height >= MIN_VISIBLE.height &&
      area > bestArea
    ) {
      best = workArea;
      bestArea = area;
    }
  }
  if (best === undefined) {
    const area = primary.workArea;
    const size = fitSize(bounds.width, bounds.height, area);
    return {
      x: Math.round(area.x + (area.width - size.width) / 2),
      y: Math.round(area.y + (area.height - size.height) / 2),
      ...size,
      maximized: state.maximized,
    };
  }
  const size = fitSize(bounds.width, bounds.height, best);
  return {
    x: Math.round(clamp(bounds.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(bounds.y, best.y, best.y + best.height - size.height)),
    ...size,
    maximized: state.maximized,
  };
}
