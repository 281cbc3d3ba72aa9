import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Absolute path of the window icon on Linux/Windows; macOS takes it from the bundle. */
  readonly iconPath?: string;
  /** Restored bounds (window-state.ts); no x/y centres the window. */
  readonly bounds?: { readonly x?: number; readonly y?: number; width: number; height: number };
}

/**
 * The main window. The security settings are spelled out even where they equal Electron's
 * defaults, so a default changing upstream cannot weaken them silently (a test asserts each).
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: input.bounds?.width ?? 1440,
    height: input.bounds?.height ?? 900,
    ...(input.bounds?.x === undefined || input.bounds.y === undefined
      ? {}
      : { x: input.bounds.x, y: input.bounds.y }),
    minWidth: 960,
    minHeight: 600,
    title: 'Lightbench',
    // Shown on 'ready-to-show' to avoid a white flash before the first paint.
    show: false,
    backgroundColor: '#0f1419',
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Session partition of the PDF window: in memory, apart from the app's own session. */
export const PDF_PARTITION = 'lightbench-pdf';

/**
 * The hidden window that turns the brief's HTML into a PDF. The HTML is data, never code: no
 * preload, no JavaScript, no Node, sandboxed and isolated, in its own in-memory session (whose
 * requests main limits to the page itself, see isPdfRequestAllowed).
 */
export function createPdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi, so any layout that depends on the viewport sees a page-like width.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PDF_PARTITION,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
