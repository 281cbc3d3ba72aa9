import type { StateCreator } from 'zustand/vanilla';
import type { HostApi, OpenedFile, RecoveredWork } from '../../../core/host/contract';
import { parseScenarioText } from '../../../core';
import type { Scenario, ScenarioIssue } from '../../../core';
import type { AppState } from './appState';

/** What the app reports after a file action: info in a passing bar, errors in a dialog. */
export type FileNotice =
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string; issues: readonly ScenarioIssue[] }
  | { kind: 'warning'; message: string; issues: readonly ScenarioIssue[] };

/** Asks the user whether unsaved changes may be thrown away; true to go ahead. */
export type ConfirmDiscard = (message: string) => boolean;

export interface DocumentSlice {
  /** Where the scenario was last opened from or saved to; null for the built-in example. */
  filePath: string | null;
  /** The scenario as last opened or saved; null for recovered work that was never saved. */
  savedScenario: Scenario | null;
  notice: FileNotice | null;
  /** Most recent first, as the host lists them (paths on the desktop, names in web mode). */
  recentFiles: readonly string[];
  /** Unsaved work left by a session that did not end cleanly, until the user decides. */
  recovery: RecoveredWork | null;
  openFile(): Promise<void>;
  openRecent(path: string): Promise<void>;
  refreshRecentFiles(): Promise<void>;
  /** Saves over `filePath` when there is one, otherwise asks where (Save As). */
  saveFile(options?: { saveAs?: boolean }): Promise<void>;
  /** Asks the host for an autosave left behind; shows the recovery question when there is one. */
  checkRecovery(): Promise<void>;
  /** Loads the recovered work as unsaved changes. */
  recoverWork(): void;
  /** Throws the recovered work away (and the host's copy of it). */
  discardRecovery(): Promise<void>;
  dismissNotice(): void;
}

/** The file name without folders, for titles and suggested names. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "Datacenter PMDs" → "datacenter-pmds": the stem of suggested file names. */
export function fileStem(scenarioName: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'scenario';
}

/** The text written to a scenario file (and to the autosave). */
export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failure(message: string, issues: readonly ScenarioIssue[] = []): { notice: FileNotice } {
  return { notice: { kind: 'error', message, issues } };
}

export const createDocumentSlice =
  (
    host: HostApi,
    initial: Scenario,
    confirmDiscard: ConfirmDiscard,
  ): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => {
    /** True when there is nothing unsaved, or the user agreed to lose it. */
    const mayDiscard = (action: string) => {
      const { dirty, scenario } = get();
      return (
        !dirty || confirmDiscard(`${action}: discard the unsaved changes to “${scenario.name}”?`)
      );
    };

    /** Loads an opened file, or explains why not; the current scenario survives a bad file. */
    const apply = (opened: OpenedFile) => {
      const parsed = parseScenarioText(opened.text);
      if (!parsed.ok) {
        set(failure(`${baseName(opened.path)} is not a valid scenario`, parsed.issues));
        return;
      }
      get().loadScenario(parsed.scenario);
      set({
        filePath: opened.path,
        notice:
          parsed.warnings.length > 0
            ? {
                kind: 'warning',
                message: `Opened ${baseName(opened.path)}, with parts this version does not use`,
                issues: parsed.warnings,
              }
            : { kind: 'info', message: `Opened ${baseName(opened.path)}` },
      });
    };

    return {
      filePath: null,
      savedScenario: initial,
      notice: null,
      recentFiles: [],
      recovery: null,

      async openFile() {
        if (!mayDiscard('Open')) return;
        try {
          const opened = await host.openScenario();
          if (opened !== null) apply(opened);
        } catch (error) {
          set(failure(`Could not open: ${reason(error)}`));
        }
        await get().refreshRecentFiles();
      },

      async openRecent(path) {
        if (!mayDiscard('Open')) return;
        try {
          const opened = await host.openRecent(path);
          if (opened === null) {
            set({
              notice: {
                kind: 'info',
                message: `${baseName(path)} cannot be reopened from here: use Open… to pick it`,
              },
            });
          } else {
            apply(opened);
          }
        } catch (error) {
          set(failure(`Could not open ${baseName(path)}: ${reason(error)}`));
        }
        await get().refreshRecentFiles();
      },

      async refreshRecentFiles() {
        try {
          set({ recentFiles: await host.recentFiles() });
        } catch {
          // The list is a convenience: without it, Open… still works.
        }
      },

      async saveFile(options) {
        const { scenario, filePath } = get();
        const text = scenarioText(scenario);
        const suggestedName =
          filePath === null ? `${fileStem(scenario.name)}.json` : baseName(filePath);
        const request =
          filePath === null || options?.saveAs === true
            ? { suggestedName, text }
            : { path: filePath, suggestedName, text };
        try {
          const saved = await host.saveScenario(request);
          if (saved === null) return;
          // The scenario saved, not the current one: an edit made during the save stays unsaved.
          set({
            filePath: saved.path,
            savedScenario: scenario,
            notice: { kind: 'info', message: `Saved ${baseName(saved.path)}` },
          });
        } catch (error) {
          set(failure(`Could not save: ${reason(error)}`));
          return;
        }
        await host.clearAutosave().catch(() => undefined);
        await get().refreshRecentFiles();
      },

      async checkRecovery() {
        try {
          const work = await host.recoverWork();
          if (work !== null) set({ recovery: work });
        } catch {
          // No autosave to offer is the same as none left behind.
        }
      },

      recoverWork() {
        const work = get().recovery;
        if (work === null) return;
        const parsed = parseScenarioText(work.text);
        if (!parsed.ok) {
          set({
            recovery: null,
            ...failure('The recovered work is not a valid scenario', parsed.issues),
          });
          return;
        }
        get().loadScenario(parsed.scenario);
        // Never saved as it stands: dirty until the user saves it somewhere.
        set({
          filePath: work.path,
          savedScenario: null,
          recovery: null,
          notice: { kind: 'info', message: 'Recovered your unsaved work' },
        });
      },

      async discardRecovery() {
        set({ recovery: null });
        await host.clearAutosave().catch(() => undefined);
      },

      dismissNotice() {
        set({ notice: null });
      },
    };
  };
