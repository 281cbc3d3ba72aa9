import type { StateCreator } from 'zustand/vanilla';
import type { HostApi } from '../../../core/host/contract';
import { CATALOG, importDatasheetCsv } from '../../../core';
import { buildBriefOffThread } from '../workers/briefBuilder';
import type { RejectedRow, Scenario } from '../../../core';
import type { AppState } from './appState';
import { fileStem, reason } from './documentSlice';

/** What an import did: shown in a dialog until dismissed. */
export interface ImportReport {
  readonly fileName: string;
  /** Names of the designs added. */
  readonly imported: readonly string[];
  readonly rejected: readonly RejectedRow[];
}

export type BriefFormat = 'html' | 'pdf';

export interface ExchangeSlice {
  importReport: ImportReport | null;
  /** The brief being built and handed to the host, or null. */
  exporting: BriefFormat | null;
  /** Supplier datasheet CSV → new designs, all added as one undoable step. */
  importDatasheet(): Promise<void>;
  dismissImportReport(): void;
  exportBrief(format: BriefFormat): Promise<void>;
}

/** The criteria set the scorecard shows, when the scenario still has it. */
export function briefCriteria(state: AppState): string | undefined {
  const sets = state.scenario.launch_criteria ?? [];
  return sets.find((entry) => entry.name === state.scorecardCriteria)?.name ?? sets[0]?.name;
}

/** Today as the brief prints it: the local calendar date, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The brief of the scenario as it stands, built off the UI thread. */
export function briefHtml(
  scenario: Scenario,
  criteria: string | undefined,
  now: Date,
): Promise<string> {
  return buildBriefOffThread(scenario, {
    generatedOn: localDate(now),
    ...(criteria === undefined ? {} : { criteria }),
  });
}

export const createExchangeSlice =
  (host: HostApi, now: () => Date): StateCreator<AppState, [], [], ExchangeSlice> =>
  (set, get) => ({
    importReport: null,
    exporting: null,

    async importDatasheet() {
      let file;
      try {
        file = await host.importCsv();
      } catch (error) {
        set({
          notice: { kind: 'error', message: `Could not import: ${reason(error)}`, issues: [] },
        });
        return;
      }
      if (file === null) return;
      const { scenario } = get();
      let result;
      try {
        result = importDatasheetCsv(
          file.text,
          CATALOG,
          scenario.assumptions,
          new Set(scenario.designs.map((design) => design.id)),
        );
      } catch (error) {
        set({
          notice: {
            kind: 'error',
            message: `Could not import ${file.name}: ${reason(error)}`,
            issues: [],
          },
        });
        return;
      }
      get().addDesigns(result.designs);
      set({
        importReport: {
          fileName: file.name,
          imported: result.designs.map((design) => design.name),
          rejected: result.rejected,
        },
      });
    },

    dismissImportReport() {
      set({ importReport: null });
    },

    async exportBrief(format) {
      if (get().exporting !== null) return;
      set({ exporting: format });
      try {
        const state = get();
        const html = await briefHtml(state.scenario, briefCriteria(state), now());
        const stem = `${fileStem(state.scenario.name)}-brief`;
        const saved =
          format === 'html'
            ? await host.exportFile({
                suggestedName: `${stem}.html`,
                content: html,
                mimeType: 'text/html',
              })
            : await host.exportPdf({ suggestedName: `${stem}.pdf`, html });
        if (saved !== null) {
          set({ notice: { kind: 'info', message: `Exported the brief: ${saved.path}` } });
        } else if (format === 'pdf' && host.platform === 'web') {
          set({
            notice: { kind: 'info', message: 'Choose “Save as PDF” in the print dialog' },
          });
        }
      } catch (error) {
        set({
          notice: {
            kind: 'error',
            message: `Could not export the brief: ${reason(error)}`,
            issues: [],
          },
        });
      } finally {
        set({ exporting: null });
      }
    },
  });
