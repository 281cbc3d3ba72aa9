import { PARAMETERS } from './parameters';
import type { SupplierAnalysis } from './qualify';
import type { Supplier } from './schema';

/**
 * The qualification's tables as text cells, one definition for the CLI, the brief and the view's
 * CSV export, so the three say the same thing in the same words.
 */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const DASH = '—';

function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (value === Number.POSITIVE_INFINITY) return '∞';
  return value.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
}

export function percent(fraction: number | null | undefined, decimals = 1): string {
  return fraction === null || fraction === undefined ? DASH : `${fixed(fraction * 100, decimals)}`;
}

function ppmText(ppm: number | null): string {
  if (ppm === null) return DASH;
  return ppm >= 100 ? ppm.toFixed(0) : ppm.toPrecision(2);
}

function nameOf(analysis: SupplierAnalysis, id: string): string {
  return analysis.ranking.find((r) => r.supplier === id)?.name ?? id;
}

export function capabilityTable(analysis: SupplierAnalysis): TextTable {
  return {
    headers: [
      'supplier',
      'parameter',
      'unit',
      'n',
      'mean',
      'sigma',
      'min',
      'max',
      'LSL',
      'USL',
      'Cp',
      'Cpk',
      'band',
      'ppm',
      'in-spec %',
      '95% CI %',
      'AD p',
      'note',
    ],
    rows: analysis.stats.map((s) => [
      nameOf(analysis, s.supplier),
      s.parameter,
      s.unit,
      String(s.n),
      fixed(s.mean, 3),
      fixed(s.sigma, 3),
      fixed(s.min, 2),
      fixed(s.max, 2),
      fixed(s.lsl, 2),
      fixed(s.usl, 2),
      fixed(s.cp, 2),
      fixed(s.cpk, 2),
      s.band ?? DASH,
      ppmText(s.ppm),
      s.inSpec ? percent(s.inSpec.fraction, 2) : DASH,
      s.inSpec
        ? `${percent(s.inSpec.interval.lower, 2)}–${percent(s.inSpec.interval.upper, 2)}`
        : DASH,
      s.normality.tooFew ? DASH : fixed(s.normality.p, 3),
      s.warning ?? '',
    ]),
  };
}

export function adequacyTable(analysis: SupplierAnalysis): TextTable {
  const { reliability, confidence } = analysis.reliability;
  return {
    headers: [
      'supplier',
      'modules',
      'failing',
      `needed for R ${reliability} at C ${confidence}`,
      'more to send',
    ],
    rows: analysis.adequacy.map((a) => [
      nameOf(analysis, a.supplier),
      String(a.samples),
      String(a.failures),
      String(a.required),
      String(a.more),
    ]),
  };
}

/** Rows Tx, columns Rx: yield % with its 95 % interval. */
export function matrixTable(analysis: SupplierAnalysis): TextTable {
  const matrix = analysis.matrix;
  if (!matrix) return { headers: ['Tx \\ Rx'], rows: [] };
  return {
    headers: ['Tx \\ Rx', ...matrix.suppliers.map((id) => nameOf(analysis, id))],
    rows: matrix.suppliers.map((id, t) => [
      nameOf(analysis, id),
      ...(matrix.cells[t] ?? []).map((cell) =>
        cell.ok
          ? `${percent(cell.yield, 2)} (${percent(cell.interval.lower, 2)}–${percent(cell.interval.upper, 2)})`
          : `${DASH} ${cell.reason}`,
      ),
    ]),
  };
}

export function rankingTable(analysis: SupplierAnalysis): TextTable {
  return {
    headers: [
      'rank',
      'supplier',
      'score',
      'own-link yield %',
      'worst Cpk',
      'price USD',
      'days late',
    ],
    rows: analysis.ranking.map((r) => [
      String(r.rank),
      r.name,
      fixed(r.score, 3),
      percent(r.yield, 2),
      fixed(r.worstCpk, 2),
      fixed(r.price_usd, 0),
      r.daysLate === null ? DASH : String(r.daysLate),
    ]),
  };
}

export function limitsTable(analysis: SupplierAnalysis): TextTable {
  return {
    headers: ['parameter', 'LSL', 'USL', 'unit', 'source'],
    rows: analysis.limits.map((l) => [
      l.parameter,
      fixed(l.lsl, 2),
      fixed(l.usl, 2),
      PARAMETERS[l.parameter].unit,
      `${l.source}${l.note ? `: ${l.note}` : ''}`,
    ]),
  };
}

/** Where the data came from: each report's file, hash, sheet and row counts. */
export function provenanceTable(suppliers: readonly Supplier[]): TextTable {
  return {
    headers: ['supplier', 'file', 'sheet', 'SHA-256', 'imported', 'samples', 'rows rejected'],
    rows: suppliers.flatMap((s) =>
      s.reports.map((r) => [
        s.name,
        r.file_name,
        r.sheet ?? DASH,
        r.sha256,
        r.imported_on ?? DASH,
        String(r.samples.length),
        String(r.rejected.length),
      ]),
    ),
  };
}

export function tableCsv(table: TextTable): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${[table.headers, ...table.rows].map((row) => row.map(quote).join(',')).join('\n')}\n`;
}
