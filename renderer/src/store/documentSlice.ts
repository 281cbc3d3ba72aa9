import type { StateCreator } from 'zustand/vanilla';
import type { HostApi } from '../../../core/host/contract';
import { parseScenarioText } from '../../../core';
import type { ScenarioIssue } from '../../../core';
import type { AppState } from './appState';

/** What the header reports after a file action. */
export type FileNotice =
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string; issues: readonly ScenarioIssue[] };

export interface DocumentSlice {
  /** Where the scenario was last opened from or saved to; null for the built-in example. */
  filePath: string | null;
  notice: FileNotice | null;
  openFile(): Promise<void>;
  /** Saves over `filePath` when there is one, otherwise asks where (Save As). */
  saveFile(options?: { saveAs?: boolean }): Promise<void>;
  dismissNotice(): void;
}

/** The file name without folders, for titles and suggested names. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function suggestedFileName(scenarioName: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}.json`;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const createDocumentSlice =
  (host: HostApi): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => ({
    filePath: null,
    notice: null,

    async openFile() {
      let opened;
      try {
        opened = await host.openScenario();
      } catch (error) {
        set({ notice: { kind: 'error', message: `Could not open: ${reason(error)}`, issues: [] } });
        return;
      }
      if (opened === null) return;
      const parsed = parseScenarioText(opened.text);
      if (!parsed.ok) {
        // The current scenario stays as it was: a bad file must not destroy unsaved work.
        set({
          notice: {
            kind: 'error',
            message: `${baseName(opened.path)} is not a valid scenario`,
            issues: parsed.issues,
          },
        });
        return;
      }
      get().loadScenario(parsed.scenario);
      set({
        filePath: opened.path,
        notice: { kind: 'info', message: `Opened ${baseName(opened.path)}` },
      });
    },

    async saveFile(options) {
      const { scenario, filePath } = get();
      const text = `${JSON.stringify(scenario, null, 2)}\n`;
      const suggestedName =
        filePath === null ? suggestedFileName(scenario.name) : baseName(filePath);
      const request =
        filePath === null || options?.saveAs === true
          ? { suggestedName, text }
          : { path: filePath, suggestedName, text };
      try {
        const saved = await host.saveScenario(request);
        if (saved === null) return;
        set({
          filePath: saved.path,
          dirty: false,
          notice: { kind: 'info', message: `Saved ${baseName(saved.path)}` },
        });
      } catch (error) {
        set({ notice: { kind: 'error', message: `Could not save: ${reason(error)}`, issues: [] } });
      }
    },

    dismissNotice() {
      set({ notice: null });
    },
  });
