import { HOST_CHANNELS } from '../core/host/contract';
import type { HostApi, OpenedFile, SaveRequest, SaveResult } from '../core/host/contract';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from './menu-commands';

/** HostApi with the menu subscription, which the desktop app always provides. */
export interface DesktopHostApi extends HostApi {
  /** Calls `listener` for each menu command; returns a function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
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
 * reach the page.
 */
export function createHostApi(ipcRenderer: IpcRendererLike): DesktopHostApi {
  return {
    platform: 'electron',
    openScenario: () =>
      ipcRenderer.invoke(HOST_CHANNELS.openScenario) as Promise<OpenedFile | null>,
    saveScenario: (request: SaveRequest) =>
      ipcRenderer.invoke(
        HOST_CHANNELS.saveScenario,
        copySaveRequest(request),
      ) as Promise<SaveResult | null>,
    setTitle: async (title: string) => {
      await ipcRenderer.invoke(HOST_CHANNELS.setTitle, title);
    },
    onMenuCommand: (listener) => {
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) {
          listener(command);
        }
      };
      ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
      };
    },
  };
}

/** Sends only the contract's fields, so stray properties on the page's object are not cloned over. */
function copySaveRequest(request: SaveRequest): SaveRequest {
  const { suggestedName, text } = request;
  return request.path === undefined
    ? { suggestedName, text }
    : { path: request.path, suggestedName, text };
}
