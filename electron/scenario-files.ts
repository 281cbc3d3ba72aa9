import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { ImportedFile, OpenedFile, SaveRequest, SaveResult } from '../core/host/contract';
import { saveFileAtomically } from './atomic-save';
import {
  chooseCsvToImport,
  chooseSaveTarget,
  chooseScenarioToOpen,
  type DialogLike,
} from './file-dialogs';
import type { HostOperations } from './ipc-handlers';
import { MAX_SCENARIO_BYTES } from './payloads';
import type { RecentFiles } from './recent-files';

export interface TitledWindow {
  setTitle(title: string): void;
}

export interface ScenarioFilesDeps<Sender, Window extends TitledWindow> {
  readonly dialog: DialogLike<Window>;
  /** The window that owns a sender (BrowserWindow.fromWebContents); null if it is gone. */
  readonly windowFor: (sender: Sender) => Window | null;
  /** Where Save As starts when the scenario has no file yet (app.getPath('documents')). */
  readonly defaultDirectory: string;
  /** The recent-files list: opening or saving a file adds it. Absent: no recent files. */
  readonly recent?: RecentFiles;
  /** Told how each save ended: the path, or null when cancelled or failed (the close flow). */
  readonly onSaveSettled?: (sender: Sender, result: SaveResult | null) => void;
  readonly readFile?: (filePath: string) => Promise<string>;
  readonly fileSize?: (filePath: string) => Promise<number>;
  readonly save?: (filePath: string, text: string) => Promise<string>;
}

export type ScenarioFileOperations<Sender> = Pick<
  HostOperations<Sender>,
  'openScenario' | 'openRecent' | 'recentFiles' | 'importCsv' | 'saveScenario' | 'setTitle'
>;

/** Errors meaning "the file is not there (any more)". */
const GONE_CODES = new Set(['ENOENT', 'ENOTDIR']);

/**
 * The file operations of the desktop app. The renderer may only write to files the user picked
 * in a dialog this session (or reopened from the recent list): a `path` it was never granted
 * opens Save As instead, so a compromised page cannot overwrite arbitrary files. Likewise it may
 * only read a path that is on the recent list.
 */
export function createScenarioFiles<Sender, Window extends TitledWindow>(
  deps: ScenarioFilesDeps<Sender, Window>,
): ScenarioFileOperations<Sender> {
  const readFile = deps.readFile ?? ((filePath) => fsPromises.readFile(filePath, 'utf8'));
  const fileSize = deps.fileSize ?? (async (filePath) => (await fsPromises.stat(filePath)).size);
  const save = deps.save ?? saveFileAtomically;
  const granted = new Set<string>();

  const requireWindow = (sender: Sender): Window => {
    const window = deps.windowFor(sender);
    if (window === null) {
      throw new Error('The Lightbench window is gone');
    }
    return window;
  };

  /** Reads a user-chosen text file with a size cap; a byte-order mark is dropped. */
  const readText = async (filePath: string): Promise<string> => {
    if ((await fileSize(filePath)) > MAX_SCENARIO_BYTES) {
      throw new Error(`Could not open "${filePath}": larger than ${MAX_SCENARIO_BYTES} bytes`);
    }
    // A byte-order mark (Windows editors add one) would make JSON.parse fail.
    return (await readFile(filePath)).replace(/^\uFEFF/, '');
  };

  const opened = async (filePath: string, text: string): Promise<OpenedFile> => {
    granted.add(path.resolve(filePath));
    await deps.recent?.add(filePath);
    return { path: filePath, text };
  };

  const saveScenario = async (sender: Sender, request: SaveRequest): Promise<SaveResult | null> => {
    const window = requireWindow(sender);
    let target = request.path === undefined ? undefined : path.resolve(request.path);
    if (target === undefined || !granted.has(target)) {
      const defaultPath = target ?? path.join(deps.defaultDirectory, request.suggestedName);
      const chosen = await chooseSaveTarget(deps.dialog, window, defaultPath);
      if (chosen === null) {
        return null;
      }
      target = path.resolve(chosen);
    }
    await save(target, request.text);
    granted.add(target);
    await deps.recent?.add(target);
    return { path: target };
  };

  return {
    async openScenario(sender): Promise<OpenedFile | null> {
      const chosen = await chooseScenarioToOpen(deps.dialog, requireWindow(sender));
      return chosen === null ? null : opened(chosen, await readText(chosen));
    },

    async openRecent(_sender, filePath): Promise<OpenedFile | null> {
      const recent = deps.recent;
      if (recent === undefined || !(await recent.has(filePath))) {
        throw new Error(`Could not open "${filePath}": it is not in the recent files list`);
      }
      let text: string;
      try {
        text = await readText(path.resolve(filePath));
      } catch (error) {
        if (GONE_CODES.has((error as NodeJS.ErrnoException).code ?? '')) {
          await recent.remove(filePath);
          return null;
        }
        throw error;
      }
      return opened(path.resolve(filePath), text);
    },

    recentFiles: async () => (deps.recent === undefined ? [] : deps.recent.list()),

    async importCsv(sender): Promise<ImportedFile | null> {
      const chosen = await chooseCsvToImport(deps.dialog, requireWindow(sender));
      return chosen === null ? null : { name: path.basename(chosen), text: await readText(chosen) };
    },

    async saveScenario(sender, request): Promise<SaveResult | null> {
      let result: SaveResult | null = null;
      try {
        result = await saveScenario(sender, request);
        return result;
      } finally {
        deps.onSaveSettled?.(sender, result);
      }
    },

    setTitle(sender, title): void {
      requireWindow(sender).setTitle(title === '' ? 'Lightbench' : title);
    },
  };
}
