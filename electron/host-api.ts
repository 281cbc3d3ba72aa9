import { HOST_CHANNELS } from '../core/host/contract';
import type {
  ExportRequest,
  HostApi,
  ImportedFile,
  OpenedFile,
  RecoveredWork,
  SaveRequest,
  SaveResult,
} from '../core/host/contract';
import {
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  OPEN_RECENT_CHANNEL,
  type MenuCommand,
} from './menu-commands';

/** HostApi with the menu subscriptions, which the desktop app always provides. */
export interface DesktopHostApi extends HostApi {
  /** Calls `listener` for each menu command; returns a function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Calls `listener` with the path picked in File ▸ Open Recent; the renderer then checks for
   * unsaved changes and calls openRecent(path). Not in the HostApi contract yet.
   */
  onOpenRecent(listener: (path: string) => void): () => void;
}

/** The parts of ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object the preload exposes as `window.lightbench`: one function per operation, each
 * one fixed channel. ipcRenderer itself, and the IPC event (whose `sender` is ipcRenderer), never
 * reach the page. Requests are copied field by field, so stray properties on the page's objects
 * are never cloned across.
 */
export function createHostApi(ipcRenderer: IpcRendererLike): DesktopHostApi {
  const invoke = <T>(channel: string, ...args: unknown[]): Promise<T> =>
    ipcRenderer.invoke(channel, ...args) as Promise<T>;
  const invokeVoid = async (channel: string, ...args: unknown[]): Promise<void> => {
    await ipcRenderer.invoke(channel, ...args);
  };
  const subscribe = <T>(
    channel: string,
    accept: (value: unknown) => value is T,
    listener: (value: T) => void,
  ): (() => void) => {
    const forward = (_event: unknown, value: unknown): void => {
      if (accept(value)) listener(value);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };

  return {
    platform: 'electron',
    openScenario: () => invoke<OpenedFile | null>(HOST_CHANNELS.openScenario),
    openRecent: (path: string) => invoke<OpenedFile | null>(HOST_CHANNELS.openRecent, path),
    recentFiles: () => invoke<readonly string[]>(HOST_CHANNELS.recentFiles),
    importCsv: () => invoke<ImportedFile | null>(HOST_CHANNELS.importCsv),
    exportFile: ({ suggestedName, content, mimeType }: ExportRequest) =>
      invoke<SaveResult | null>(HOST_CHANNELS.exportFile, { suggestedName, content, mimeType }),
    exportPdf: ({ suggestedName, html }) =>
      invoke<SaveResult | null>(HOST_CHANNELS.exportPdf, { suggestedName, html }),
    autosave: ({ path, text }) => invokeVoid(HOST_CHANNELS.autosave, { path, text }),
    recoverWork: () => invoke<RecoveredWork | null>(HOST_CHANNELS.recoverWork),
    clearAutosave: () => invokeVoid(HOST_CHANNELS.clearAutosave),
    setDirty: (dirty: boolean) => invokeVoid(HOST_CHANNELS.setDirty, dirty),
    saveScenario: (request: SaveRequest) =>
      invoke<SaveResult | null>(HOST_CHANNELS.saveScenario, copySaveRequest(request)),
    setTitle: (title: string) => invokeVoid(HOST_CHANNELS.setTitle, title),
    onMenuCommand: (listener) => subscribe(MENU_COMMAND_CHANNEL, isMenuCommand, listener),
    onOpenRecent: (listener) => subscribe(OPEN_RECENT_CHANNEL, isString, listener),
  };
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function copySaveRequest(request: SaveRequest): SaveRequest {
  const { suggestedName, text } = request;
  return request.path === undefined
    ? { suggestedName, text }
    : { path: request.path, suggestedName, text };
}
