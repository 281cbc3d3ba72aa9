import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/** The parts of Electron's `dialog` used here, generic in the window type so tests pass fakes. */
export interface DialogLike<Window> {
  showOpenDialog(
    window: Window,
    options: OpenDialogOptions,
  ): Promise<{ readonly canceled: boolean; readonly filePaths: readonly string[] }>;
  showSaveDialog(
    window: Window,
    options: SaveDialogOptions,
  ): Promise<{ readonly canceled: boolean; readonly filePath?: string | undefined }>;
}

export const SCENARIO_FILTERS = [{ name: 'Lightbench scenario (JSON)', extensions: ['json'] }];

/** Asks for a scenario to open; the chosen absolute path, or null when cancelled. */
export async function chooseScenarioToOpen<Window>(
  dialog: DialogLike<Window>,
  window: Window,
  defaultDirectory?: string,
): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open scenario',
    properties: ['openFile'],
    filters: SCENARIO_FILTERS,
    ...(defaultDirectory === undefined ? {} : { defaultPath: defaultDirectory }),
  });
  const chosen = result.filePaths[0];
  return result.canceled || chosen === undefined ? null : chosen;
}

/**
 * Asks where to save; the chosen absolute path (with ".json" added when the user typed no
 * extension, since Linux dialogs do not add it), or null when cancelled.
 */
export async function chooseSaveTarget<Window>(
  dialog: DialogLike<Window>,
  window: Window,
  defaultPath: string,
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Save scenario',
    defaultPath,
    filters: SCENARIO_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') {
    return null;
  }
  return withJsonExtension(result.filePath);
}

export function withJsonExtension(filePath: string): string {
  return path.extname(filePath) === '' ? `${filePath}.json` : filePath;
}

export const CSV_FILTERS = [
  { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  { name: 'All files', extensions: ['*'] },
];

/** Asks for a supplier datasheet (CSV) to import; the chosen path, or null when cancelled. */
export async function chooseCsvToImport<Window>(
  dialog: DialogLike<Window>,
  window: Window,
): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import supplier datasheet (CSV)',
    properties: ['openFile'],
    filters: CSV_FILTERS,
  });
  const chosen = result.filePaths[0];
  return result.canceled || chosen === undefined ? null : chosen;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

/** Known export types; anything else falls back to the suggested name's extension. */
const EXPORT_TYPES: Readonly<Record<string, FileFilter>> = {
  'text/html': { name: 'HTML document', extensions: ['html', 'htm'] },
  'text/csv': { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'image/jpeg': { name: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'text/plain': { name: 'Text', extensions: ['txt'] },
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
};

/**
 * The save dialog's filter for an export: from the MIME type (parameters such as ";charset=utf-8"
 * ignored), else from the suggested name's extension, else none. "All files" always comes last.
 */
export function exportFilters(mimeType: string, suggestedName: string): FileFilter[] {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  const known = EXPORT_TYPES[essence];
  const extension = path.extname(suggestedName).slice(1).toLowerCase();
  const primary: FileFilter | undefined =
    known ??
    (extension === ''
      ? undefined
      : { name: `${extension.toUpperCase()} file`, extensions: [extension] });
  return [...(primary === undefined ? [] : [primary]), { name: 'All files', extensions: ['*'] }];
}

/**
 * Asks where to save an export; the chosen path with the filter's first extension added when the
 * user typed none, or null when cancelled.
 */
export async function chooseExportTarget<Window>(
  dialog: DialogLike<Window>,
  window: Window,
  options: { readonly title: string; readonly defaultPath: string; readonly filters: FileFilter[] },
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: options.title,
    defaultPath: options.defaultPath,
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') {
    return null;
  }
  const extension = options.filters[0]?.extensions[0];
  return path.extname(result.filePath) === '' && extension !== undefined && extension !== '*'
    ? `${result.filePath}.${extension}`
    : result.filePath;
}
