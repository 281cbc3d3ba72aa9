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
