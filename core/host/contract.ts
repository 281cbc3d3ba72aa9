/**
 * The one typed contract between the renderer and whatever hosts it: the Electron preload in the
 * desktop app, or the browser implementation in web mode. Pure types and channel names: both
 * `electron/` and `renderer/` import this file, never each other.
 */

/** A scenario file as the host read it. */
export interface OpenedFile {
  /** Absolute path in the desktop app; the file name in web mode. */
  readonly path: string;
  readonly text: string;
}

export interface SaveRequest {
  /** Save over this path; absent means "Save As" (ask the user). */
  readonly path?: string;
  readonly suggestedName: string;
  readonly text: string;
}

export interface SaveResult {
  readonly path: string;
}

export interface HostApi {
  readonly platform: 'electron' | 'web';
  /** Asks the user for a scenario file; null when cancelled. */
  openScenario(): Promise<OpenedFile | null>;
  /** Writes atomically; null when the user cancelled the dialog. Rejects with a readable reason. */
  saveScenario(request: SaveRequest): Promise<SaveResult | null>;
  /** Sets the window title (file name and dirty state). */
  setTitle(title: string): Promise<void>;
  /** Native menu commands (desktop only; web mode has no native menu). Returns an unsubscribe. */
  readonly onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
}

/** Channel of the main → renderer event carrying a MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'lightbench:menu-command';

/** Every menu command id, in menu order. The renderer handles each one. */
export const MENU_COMMANDS = ['file.open', 'file.save', 'file.save-as', 'help.about'] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** IPC channel names, one per HostApi operation (desktop app only). */
export const HOST_CHANNELS = {
  openScenario: 'lightbench:open-scenario',
  saveScenario: 'lightbench:save-scenario',
  setTitle: 'lightbench:set-title',
} as const;

export type HostChannel = (typeof HOST_CHANNELS)[keyof typeof HOST_CHANNELS];
