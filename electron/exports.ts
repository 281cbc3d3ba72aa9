import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import type { ExportRequest, SaveResult } from '../core/host/contract';
import { saveFileAtomically } from './atomic-save';
import { chooseExportTarget, exportFilters, type DialogLike } from './file-dialogs';
import type { HostOperations } from './ipc-handlers';

/**
 * An export's bytes: text as is, or the decoded body of a data URL ("data:image/png;base64,…"
 * or a percent-encoded "data:image/svg+xml,…"). Text that merely starts with "data:" but is not a
 * well-formed data URL is written as text. Throws, naming the field, on a data URL whose body is
 * not valid base64 or percent-encoding.
 */
export function decodeExportContent(content: string): string | Uint8Array {
  if (!content.startsWith('data:')) return content;
  const comma = content.indexOf(',');
  const header = comma < 0 ? '' : content.slice('data:'.length, comma);
  // "type/subtype;param=value;base64", every part optional.
  if (comma < 0 || !/^([\w.+-]+\/[\w.+-]+)?(;[\w.+-]+=[^;,]*)*(;base64)?$/i.test(header)) {
    return content;
  }
  const body = content.slice(comma + 1);
  if (/;base64$/i.test(header)) {
    const compact = body.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
      throw new Error('content: the data URL is not valid base64');
    }
    return new Uint8Array(Buffer.from(compact, 'base64'));
  }
  try {
    return new Uint8Array(Buffer.from(decodeURIComponent(body), 'utf8'));
  } catch {
    throw new Error('content: the data URL has an invalid percent-encoding');
  }
}

/** The part of a hidden BrowserWindow the PDF export uses (tests pass a fake). */
export interface PdfWindowLike {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

/** The printed page: A4 with the brief's own colours and backgrounds. */
export const PDF_PRINT_OPTIONS: PrintToPDFOptions = { printBackground: true, pageSize: 'A4' };

/** A page load that takes longer than this is abandoned (the HTML is local; this is a stall). */
export const PDF_LOAD_TIMEOUT_MS = 30_000;

export interface ExportsDeps<Sender, Window> {
  readonly dialog: DialogLike<Window>;
  readonly windowFor: (sender: Sender) => Window | null;
  /** Where export dialogs start (app.getPath('documents')). */
  readonly defaultDirectory: string;
  /** Opens the hidden, sandboxed window that renders the HTML (main.ts: createPdfWindowOptions). */
  readonly createPdfWindow: () => PdfWindowLike;
  /** Puts the HTML somewhere the hidden window can load it; `dispose` removes it again. */
  readonly stageHtml: (html: string) => Promise<{ readonly url: string; dispose(): Promise<void> }>;
  readonly save?: (filePath: string, data: string | Uint8Array) => Promise<string>;
  readonly loadTimeoutMs?: number;
}

export type ExportOperations<Sender> = Pick<HostOperations<Sender>, 'exportFile' | 'exportPdf'>;

export function createExports<Sender, Window>(
  deps: ExportsDeps<Sender, Window>,
): ExportOperations<Sender> {
  const save = deps.save ?? saveFileAtomically;
  const requireWindow = (sender: Sender): Window => {
    const window = deps.windowFor(sender);
    if (window === null) throw new Error('The Lightbench window is gone');
    return window;
  };
  const defaultPath = (name: string): string => path.join(deps.defaultDirectory, name);

  return {
    async exportFile(sender, request: ExportRequest): Promise<SaveResult | null> {
      // Decode first: a malformed data URL fails before the user picks a file.
      const data = decodeExportContent(request.content);
      const target = await chooseExportTarget(deps.dialog, requireWindow(sender), {
        title: 'Export',
        defaultPath: defaultPath(request.suggestedName),
        filters: exportFilters(request.mimeType, request.suggestedName),
      });
      if (target === null) return null;
      return { path: await save(target, data) };
    },

    async exportPdf(sender, request): Promise<SaveResult | null> {
      const target = await chooseExportTarget(deps.dialog, requireWindow(sender), {
        title: 'Export brief as PDF',
        defaultPath: defaultPath(request.suggestedName),
        filters: exportFilters('application/pdf', request.suggestedName),
      });
      if (target === null) return null;
      const pdf = await renderPdf(request.html, deps);
      return { path: await save(target, pdf) };
    },
  };
}

/**
 * Renders HTML to PDF bytes in a hidden window, which is always destroyed and the staged HTML
 * always removed, whether loading or printing succeeds, fails or stalls.
 */
export async function renderPdf(
  html: string,
  deps: Pick<ExportsDeps<unknown, unknown>, 'createPdfWindow' | 'stageHtml' | 'loadTimeoutMs'>,
): Promise<Uint8Array> {
  const staged = await deps.stageHtml(html);
  let window: PdfWindowLike | undefined;
  try {
    window = deps.createPdfWindow();
    await withTimeout(
      window.loadURL(staged.url),
      deps.loadTimeoutMs ?? PDF_LOAD_TIMEOUT_MS,
      'the page took too long to load',
    );
    return await window.webContents.printToPDF(PDF_PRINT_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not export the PDF: ${reason}`, { cause: error });
  } finally {
    if (window !== undefined && !window.isDestroyed()) window.destroy();
    await staged.dispose().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * For the PDF window's session (webRequest.onBeforeRequest): the staged page and inline data
 * only. The brief is rendered offline; a remote image or font in it is never fetched. The page
 * is compared by its decoded file path, so Chromium's and Node's URL spellings agree.
 */
export function isPdfRequestAllowed(url: string, pageUrl: string): boolean {
  if (url.startsWith('data:')) return true;
  const key = fileKey(url);
  return key !== null && key === fileKey(pageUrl);
}

function fileKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:'
      ? `${parsed.host}${decodeURIComponent(parsed.pathname)}`
      : null;
  } catch {
    return null;
  }
}
