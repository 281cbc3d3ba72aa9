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

/** A file the user chose to import (supplier datasheet CSV). */
export interface ImportedFile {
  readonly name: string;
  readonly text: string;
}

/** Something the app exports: a brief, a CSV, a chart. */
export interface ExportRequest {
  readonly suggestedName: string;
  /** Text (HTML, CSV, SVG) or a base64 data URL for binary content (PNG). */
  readonly content: string;
  readonly mimeType: string;
}

/** Unsaved work kept by the host so it survives a crash or a kill. */
export interface RecoveredWork {
  /** The file the work belonged to, if it had one. */
  readonly path: string | null;
  readonly text: string;
  /** ISO time the autosave was written. */
  readonly savedAt: string;
}

export interface HostApi {
  readonly platform: 'electron' | 'web';
  /** Asks the user for a scenario file; null when cancelled. */
  openScenario(): Promise<OpenedFile | null>;
  /** Opens one of the recent files by path (desktop); null when it is gone (and drops it). */
  openRecent(path: string): Promise<OpenedFile | null>;
  /** Most recent first; paths in the desktop app, names in web mode. */
  recentFiles(): Promise<readonly string[]>;
  /** Asks the user for a CSV file to import; null when cancelled. */
  importCsv(): Promise<ImportedFile | null>;
  /** Saves an export through a dialog (desktop) or a download (web); null when cancelled. */
  exportFile(request: ExportRequest): Promise<SaveResult | null>;
  /** Prints HTML to PDF (desktop: printToPDF and a save dialog; web: the browser's print dialog). */
  exportPdf(request: {
    readonly suggestedName: string;
    readonly html: string;
  }): Promise<SaveResult | null>;
  /** Writes the autosave of unsaved work (app data folder / local storage). */
  autosave(work: { readonly path: string | null; readonly text: string }): Promise<void>;
  /** The autosave left by a session that did not end cleanly, if any. */
  recoverWork(): Promise<RecoveredWork | null>;
  /** Removes the autosave (after a save, or when the user discards it). */
  clearAutosave(): Promise<void>;
  /** Tells the host whether there are unsaved changes, so closing the window can ask first. */
  setDirty(dirty: boolean): Promise<void>;
  /** Writes atomically; null when the user cancelled the dialog. Rejects with a readable reason. */
  saveScenario(request: SaveRequest): Promise<SaveResult | null>;
  /** Sets the window title (file name and dirty state). */
  setTitle(title: string): Promise<void>;
  /** Native menu commands (desktop only; web mode has no native menu). Returns an unsubscribe. */
  readonly onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
  /** File ▸ Open Recent ▸ <path> chosen in the native menu (desktop only). Returns an unsubscribe. */
  readonly onOpenRecent?: (listener: (path: string) => void) => () => void;
}

/** Channel of the main → renderer event carrying a MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'lightbench:menu-command';

/** Every menu command id, in menu order. The renderer handles each one. */
export const MENU_COMMANDS = [
  'file.open',
  'file.save',
  'file.save-as',
  'file.import-csv',
  'file.export-brief',
  'file.export-brief-pdf',
  'edit.undo',
  'edit.redo',
  'view.toggle-theme',
  'help.methods',
  'help.shortcuts',
  'help.about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** IPC channel names, one per HostApi operation (desktop app only). */
export const HOST_CHANNELS = {
  openScenario: 'lightbench:open-scenario',
  saveScenario: 'lightbench:save-scenario',
  setTitle: 'lightbench:set-title',
  openRecent: 'lightbench:open-recent',
  recentFiles: 'lightbench:recent-files',
  importCsv: 'lightbench:import-csv',
  exportFile: 'lightbench:export-file',
  exportPdf: 'lightbench:export-pdf',
  autosave: 'lightbench:autosave',
  recoverWork: 'lightbench:recover-work',
  clearAutosave: 'lightbench:clear-autosave',
  setDirty: 'lightbench:set-dirty',
} as const;

export type HostChannel = (typeof HOST_CHANNELS)[keyof typeof HOST_CHANNELS];
