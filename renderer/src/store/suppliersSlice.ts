import type { StateCreator } from 'zustand/vanilla';
import {
  designLimits,
  importSampleCsv,
  importSampleXlsx,
  qualifiedDesign,
  type ImportIssue,
  type SampleReport,
  type SupplierWorkspace,
} from '../../../core';
import type { AppState } from './appState';
import type { FieldEditResult } from './scenarioSlice';
import { localDate } from './exchangeSlice';

/** A file the user chose, read into bytes (CSV or XLSX). */
export interface SupplierFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the last import did, shown in the view until dismissed. */
export interface SupplierImportSummary {
  readonly files: readonly {
    readonly fileName: string;
    /** Supplier the samples went to, or null when nothing could be read. */
    readonly supplier: string | null;
    readonly samples: number;
    readonly rejected: number;
  }[];
  readonly issues: readonly ImportIssue[];
  /** Set when the scenario refused the result (nothing was changed). */
  readonly error: string | null;
}

/**
 * The suppliers view's state beside the document (imports in progress, choices of the view). What
 * belongs in the file lives in `scenario.suppliers`, changed through setScenarioSection (undoable).
 */
export interface SuppliersSlice {
  supplierImport: SupplierImportSummary | null;
  /**
   * Reads the files and adds each as a report: to the supplier `target` (by id), or, with null, to
   * a new supplier named after the file. All files land in one undoable step; files that cannot be
   * read change nothing and are listed with why.
   */
  importSupplierFiles(files: readonly SupplierFile[], target: string | null): Promise<void>;
  dismissSupplierImport(): void;
  /** Applies an edit of the suppliers section through setScenarioSection (validated, one undo). */
  updateSupplierWorkspace(
    update: (workspace: SupplierWorkspace) => SupplierWorkspace,
  ): FieldEditResult;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\.[a-z0-9]+$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'supplier'
  );
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

async function readReport(file: SupplierFile, importedOn: string) {
  const meta = { fileName: file.name, importedOn };
  return /\.xlsx$/i.test(file.name)
    ? importSampleXlsx(file.bytes, meta)
    : importSampleCsv(new TextDecoder().decode(file.bytes), meta, file.bytes);
}

/** An empty workspace for the scenario: limits from the first IM-DD design's budget. */
export function emptyWorkspace(state: AppState): SupplierWorkspace {
  const workspace: SupplierWorkspace = { suppliers: [], limits: [] };
  const design = qualifiedDesign(state.scenario, workspace);
  return design ? { ...workspace, design_id: design.id, limits: designLimits(design) } : workspace;
}

export const createSuppliersSlice =
  (now: () => Date = () => new Date()): StateCreator<AppState, [], [], SuppliersSlice> =>
  (set, get) => ({
    supplierImport: null,

    async importSupplierFiles(files, target) {
      const importedOn = localDate(now());
      const results: {
        file: SupplierFile;
        report: SampleReport | null;
        issues: readonly ImportIssue[];
      }[] = [];
      for (const file of files) {
        try {
          const { report, issues } = await readReport(file, importedOn);
          results.push({ file, report, issues });
        } catch (error) {
          results.push({
            file,
            report: null,
            issues: [
              {
                severity: 'error',
                file: file.name,
                row: null,
                column: null,
                message: error instanceof Error ? error.message : String(error),
              },
            ],
          });
        }
      }
      const state = get();
      let workspace = state.scenario.suppliers ?? emptyWorkspace(state);
      const summary: SupplierImportSummary['files'][number][] = [];
      for (const { file, report } of results) {
        if (!report) {
          summary.push({ fileName: file.name, supplier: null, samples: 0, rejected: 0 });
          continue;
        }
        let id = target;
        if (id === null || !workspace.suppliers.some((s) => s.id === id)) {
          id = uniqueId(slug(file.name), new Set(workspace.suppliers.map((s) => s.id)));
          const name = file.name.replace(/\.[A-Za-z0-9]+$/, '');
          workspace = {
            ...workspace,
            suppliers: [
              ...workspace.suppliers,
              { id, name, price_tiers: [], dates: {}, reports: [] },
            ],
          };
        }
        const supplierId = id;
        workspace = {
          ...workspace,
          suppliers: workspace.suppliers.map((s) =>
            s.id === supplierId ? { ...s, reports: [...s.reports, report] } : s,
          ),
        };
        summary.push({
          fileName: file.name,
          supplier: supplierId,
          samples: report.samples.length,
          rejected: report.rejected.length,
        });
      }
      const changed = summary.some((f) => f.supplier !== null);
      const applied = changed
        ? get().setScenarioSection('suppliers', workspace)
        : { ok: true as const };
      set({
        supplierImport: {
          files: applied.ok ? summary : summary.map((f) => ({ ...f, supplier: null })),
          issues: results.flatMap((r) => r.issues),
          error: applied.ok ? null : applied.message,
        },
      });
    },

    dismissSupplierImport() {
      set({ supplierImport: null });
    },

    updateSupplierWorkspace(update) {
      const state = get();
      return state.setScenarioSection(
        'suppliers',
        update(state.scenario.suppliers ?? emptyWorkspace(state)),
      );
    },
  });
