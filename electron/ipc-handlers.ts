import type { z } from 'zod';
import { HOST_CHANNELS } from '../core/host/contract';
import type {
  ExportRequest,
  ImportedFile,
  OpenedFile,
  RecoveredWork,
  SaveRequest,
  SaveResult,
} from '../core/host/contract';
import {
  autosaveSchema,
  dirtySchema,
  exportRequestSchema,
  parsePayload,
  pdfRequestSchema,
  recentPathSchema,
  saveRequestSchema,
  titleSchema,
} from './payloads';

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
  openRecent(sender: Sender, path: string): Promise<OpenedFile | null>;
  recentFiles(sender: Sender): Promise<readonly string[]>;
  importCsv(sender: Sender): Promise<ImportedFile | null>;
  exportFile(sender: Sender, request: ExportRequest): Promise<SaveResult | null>;
  exportPdf(
    sender: Sender,
    request: { readonly suggestedName: string; readonly html: string },
  ): Promise<SaveResult | null>;
  autosave(
    sender: Sender,
    work: { readonly path: string | null; readonly text: string },
  ): Promise<void>;
  recoverWork(sender: Sender): Promise<RecoveredWork | null>;
  clearAutosave(sender: Sender): Promise<void>;
  setDirty(sender: Sender, dirty: boolean): void;
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

  const C = HOST_CHANNELS;
  /** A channel that takes no argument. */
  const none = (channel: string, run: (sender: Sender) => unknown): void =>
    handle(channel, (sender, args) => {
      expectArgumentCount(channel, args, 0);
      return run(sender);
    });
  /** A channel that takes one argument, validated by `schema` and named `name` in errors. */
  const one = <T>(
    channel: string,
    name: string,
    schema: z.ZodType<T>,
    run: (sender: Sender, value: T) => unknown,
  ): void =>
    handle(channel, (sender, args) => {
      expectArgumentCount(channel, args, 1);
      return run(sender, parsePayload(schema, args[0], channel, name));
    });

  none(C.openScenario, (sender) => operations.openScenario(sender));
  one(C.openRecent, 'path', recentPathSchema, (sender, path) =>
    operations.openRecent(sender, path),
  );
  none(C.recentFiles, (sender) => operations.recentFiles(sender));
  none(C.importCsv, (sender) => operations.importCsv(sender));
  one(C.exportFile, 'request', exportRequestSchema, (sender, request) =>
    operations.exportFile(sender, request),
  );
  one(C.exportPdf, 'request', pdfRequestSchema, (sender, request) =>
    operations.exportPdf(sender, request),
  );
  one(C.autosave, 'work', autosaveSchema, (sender, work) => operations.autosave(sender, work));
  none(C.recoverWork, (sender) => operations.recoverWork(sender));
  none(C.clearAutosave, (sender) => operations.clearAutosave(sender));
  one(C.setDirty, 'dirty', dirtySchema, (sender, dirty) => {
    operations.setDirty(sender, dirty);
  });
  one(C.saveScenario, 'request', saveRequestSchema, (sender, request) =>
    operations.saveScenario(sender, withoutUndefinedPath(request)),
  );
  one(C.setTitle, 'title', titleSchema, (sender, title) => {
    operations.setTitle(sender, title);
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
