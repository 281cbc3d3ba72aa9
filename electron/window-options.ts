import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Absolute path of the window icon on Linux/Windows; macOS takes it from the bundle. */
  readonly iconPath?: string;
}

/**
 * The main window. The security settings are spelled out even where they equal Electron's
 * defaults, so a default changing upstream cannot weaken them silently (a test asserts each).
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
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
