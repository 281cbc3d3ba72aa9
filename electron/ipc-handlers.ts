import { HOST_CHANNELS } from '../core/host/contract';
import type { OpenedFile, SaveRequest, SaveResult } from '../core/host/contract';
import { parsePayload, saveRequestSchema, titleSchema } from './payloads';

/** The parts of Electron's IpcMainInvokeEvent the handlers read (tests pass plain objects). */
export interface InvokeEventLike<Sender> {
  readonly sender: Sender;
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike<Sender> {
  handle(
    channel: string,
    listener: (event: InvokeEventLike<Sender>, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}

/** What each operation does once the call is trusted and its payload valid. */
export interface HostOperations<Sender> {
  openScenario(sender: Sender): Promise<OpenedFile | null>;
  saveScenario(sender: Sender, request: SaveRequest): Promise<SaveResult | null>;
  setTitle(sender: Sender, title: string): void;
}

export interface HandlerDeps<Sender> {
  /** True for the app's own page (AppEntry.isAppUrl). */
  readonly isAppUrl: (url: string) => boolean;
  readonly operations: HostOperations<Sender>;
}

/**
 * Registers one handler per HostApi operation. Each checks the sender before reading any
 * argument, then validates the payload; a rejection reaches the renderer's promise as an Error
 * whose message names the channel and the field. Returns a function that unregisters them.
 */
export function registerHandlers<Sender>(
  ipcMain: IpcMainLike<Sender>,
  deps: HandlerDeps<Sender>,
): () => void {
  const { operations } = deps;
  const handle = (
    channel: string,
    listener: (sender: Sender, args: readonly unknown[]) => unknown,
  ): void => {
    ipcMain.handle(channel, (event, ...args) => {
      assertTrustedSender(event, channel, deps.isAppUrl);
      return listener(event.sender, args);
    });
  };

  handle(HOST_CHANNELS.openScenario, (sender, args) => {
    expectArgumentCount(HOST_CHANNELS.openScenario, args, 0);
    return operations.openScenario(sender);
  });
  handle(HOST_CHANNELS.saveScenario, (sender, args) => {
    expectArgumentCount(HOST_CHANNELS.saveScenario, args, 1);
    const request = parsePayload(saveRequestSchema, args[0], HOST_CHANNELS.saveScenario, 'request');
    return operations.saveScenario(sender, withoutUndefinedPath(request));
  });
  handle(HOST_CHANNELS.setTitle, (sender, args) => {
    expectArgumentCount(HOST_CHANNELS.setTitle, args, 1);
    operations.setTitle(
      sender,
      parsePayload(titleSchema, args[0], HOST_CHANNELS.setTitle, 'title'),
    );
  });

  return () => {
    for (const channel of Object.values(HOST_CHANNELS)) {
      ipcMain.removeHandler(channel);
    }
  };
}

/**
 * Only the app's own top-level page may call: not an iframe, not a page the window was somehow
 * navigated to, not a frame already gone.
 */
export function assertTrustedSender(
  event: InvokeEventLike<unknown>,
  channel: string,
  isAppUrl: (url: string) => boolean,
): void {
  const frame = event.senderFrame;
  if (frame === null) {
    throw new Error(`${channel}: refused: the sending frame no longer exists`);
  }
  if (frame.parent !== null) {
    throw new Error(`${channel}: refused: only the top-level page may call the host`);
  }
  if (!isAppUrl(frame.url)) {
    throw new Error(`${channel}: refused: sender "${frame.url}" is not the Lightbench page`);
  }
}

function expectArgumentCount(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new Error(`${channel}: expected ${count} argument(s), got ${args.length}`);
  }
}

/** zod yields `path?: string | undefined`; exactOptionalPropertyTypes wants the key absent instead. */
function withoutUndefinedPath(request: {
  path?: string | undefined;
  suggestedName: string;
  text: string;
}): SaveRequest {
  const { path, ...rest } = request;
  return path === undefined ? rest : { ...rest, path };
}
