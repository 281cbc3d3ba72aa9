import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile, SaveRequest, SaveResult } from '../core/host/contract';
import { saveFileAtomically } from './atomic-save';
import { chooseSaveTarget, chooseScenarioToOpen, type DialogLike } from './file-dialogs';
import type { HostOperations } from './ipc-handlers';
import { MAX_SCENARIO_BYTES } from './payloads';

export interface TitledWindow {
  setTitle(title: string): void;
}

export interface ScenarioFilesDeps<Sender, Window extends TitledWindow> {
  readonly dialog: DialogLike<Window>;
  /** The window that owns a sender (BrowserWindow.fromWebContents); null if it is gone. */
  readonly windowFor: (sender: Sender) => Window | null;
  /** Where Save As starts when the scenario has no file yet (app.getPath('documents')). */
  readonly defaultDirectory: string;
  readonly readFile?: (filePath: string) => Promise<string>;
  readonly fileSize?: (filePath: string) => Promise<number>;
  readonly save?: (filePath: string, text: string) => Promise<string>;
}

/**
 * The HostApi operations of the desktop app. The renderer may only write to files the user
 * picked in a dialog this session: a `path` it was never granted opens Save As instead, so a
 * compromised page cannot overwrite arbitrary files.
 */
export function createScenarioFiles<Sender, Window extends TitledWindow>(
  deps: ScenarioFilesDeps<Sender, Window>,
): HostOperations<Sender> {
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

  return {
    async openScenario(sender): Promise<OpenedFile | null> {
      const chosen = await chooseScenarioToOpen(deps.dialog, requireWindow(sender));
      if (chosen === null) {
        return null;
      }
      if ((await fileSize(chosen)) > MAX_SCENARIO_BYTES) {
        throw new Error(`Could not open "${chosen}": larger than ${MAX_SCENARIO_BYTES} bytes`);
      }
      // A byte-order mark (Windows editors add one) would make JSON.parse fail.
      const text = (await readFile(chosen)).replace(/^\uFEFF/, '');
      granted.add(path.resolve(chosen));
      return { path: chosen, text };
    },

    async saveScenario(sender, request: SaveRequest): Promise<SaveResult | null> {
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
      return { path: target };
    },

    setTitle(sender, title): void {
      requireWindow(sender).setTitle(title === '' ? 'Lightbench' : title);
    },
  };
}
