import type {
  ExportRequest,
  HostApi,
  ImportedFile,
  OpenedFile,
  SaveRequest,
  SaveResult,
} from '../../../core/host/contract';
import { createWebStore, decodeDataUrl, type StorageLike } from './webStorage';

/**
 * HostApi for a plain browser (web mode and end-to-end tests). The browser hides real paths, so
 * `path` is the file name. Differences from the desktop app:
 * - Open and Import use a file picker; Save and Export are downloads (no overwrite, no dialog
 *   result: the name given is the name returned). exportPdf opens the browser's print dialog
 *   (the user picks "Save as PDF") and resolves null, since nothing is known to be saved.
 * - Recent files are names in localStorage. openRecent(name) can reopen only the last file opened
 *   or saved in this browser (its text is cached in localStorage); for any other name it
 *   resolves null without dropping the name, because the file may well still exist: the UI
 *   should then offer Open… instead.
 * - Autosave lives in localStorage under 'lightbench:autosave'. A full or disabled storage never
 *   rejects: the failure is logged and passed to `onWebStorageError` listeners, so the UI can say
 *   so without an unhandled error.
 * - setDirty(true) makes the browser ask before the tab is closed or reloaded.
 */

const storageErrorListeners = new Set<(message: string) => void>();

/** Hears web-mode storage failures (autosave quota); returns a function that unsubscribes. */
export function onWebStorageError(listener: (message: string) => void): () => void {
  storageErrorListeners.add(listener);
  return () => {
    storageErrorListeners.delete(listener);
  };
}

function reportStorageError(message: string): void {
  console.warn(`Lightbench: ${message}`);
  for (const listener of storageErrorListeners) listener(message);
}

function localStorageOrNull(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

const store = createWebStore(localStorageOrNull(), reportStorageError);

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function download(name: string, blob: Blob): SaveResult {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { path: name };
}

async function openScenario(): Promise<OpenedFile | null> {
  const file = await pickFile('.json,application/json');
  if (file === null) return null;
  const text = await file.text();
  store.remember({ name: file.name, text });
  return { path: file.name, text };
}

async function importCsv(): Promise<ImportedFile | null> {
  const file = await pickFile('.csv,text/csv');
  return file === null ? null : { name: file.name, text: await file.text() };
}

function saveScenario({ suggestedName, path, text }: SaveRequest): Promise<SaveResult> {
  const name = path ?? suggestedName;
  store.remember({ name, text });
  return Promise.resolve(download(name, new Blob([text], { type: 'application/json' })));
}

function exportFile({ suggestedName, content, mimeType }: ExportRequest): Promise<SaveResult> {
  try {
    const decoded = decodeDataUrl(content);
    const blob =
      decoded === null
        ? new Blob([content], { type: mimeType })
        : new Blob([decoded.bytes], { type: decoded.mimeType });
    return Promise.resolve(download(suggestedName, blob));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Prints the HTML from a hidden frame: sandboxed without scripts, so the brief's HTML is shown,
 * never run. Resolves null once the print dialog has been shown (print() blocks until it closes).
 */
function exportPdf({ html }: { readonly html: string }): Promise<null> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
    frame.addEventListener('load', () => {
      try {
        const view = frame.contentWindow;
        if (view === null) throw new Error('The print frame did not load');
        view.focus();
        view.print();
        resolve(null);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        // Some browsers return from print() before printing: remove the frame a little later.
        setTimeout(() => frame.remove(), 60_000);
      }
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

export const webHost: HostApi = {
  platform: 'web',
  openScenario,
  openRecent(name) {
    const file = store.reopen(name);
    if (file === null) return Promise.resolve(null);
    store.remember(file);
    return Promise.resolve({ path: file.name, text: file.text });
  },
  recentFiles: () => Promise.resolve(store.recentFiles()),
  importCsv,
  exportFile,
  exportPdf,
  autosave(work) {
    store.autosave(work);
    return Promise.resolve();
  },
  recoverWork: () => Promise.resolve(store.recoverWork()),
  clearAutosave() {
    store.clearAutosave();
    return Promise.resolve();
  },
  setDirty(dirty) {
    if (dirty) window.addEventListener('beforeunload', onBeforeUnload);
    else window.removeEventListener('beforeunload', onBeforeUnload);
    return Promise.resolve();
  },
  saveScenario,
  setTitle(title) {
    document.title = title;
    return Promise.resolve();
  },
};
