import Papa from 'papaparse';
import { fieldRangeAt, getAtPath, METRICS, numericFieldPaths, RowStatus } from '../../../core';
import type { Design, LaunchCriteria, MetricId, SweepColumns } from '../../../core';

/**
 * A finished sweep as the views use it: the columns (typed arrays, held by reference and never
 * copied point by point into React state) and what each column means.
 */
export interface SweepResult {
  /** Increases with every run, so views can tell a new result from a re-render. */
  readonly id: number;
  readonly columns: SweepColumns;
  /** Design of each `columns.design` index. */
  readonly designs: readonly { readonly id: string; readonly name: string }[];
  readonly paths: readonly string[];
  /** Unit of each path (from the design schema). */
  readonly units: readonly string[];
  readonly metrics: readonly MetricId[];
  readonly criteria: LaunchCriteria | null;
  readonly sampling: 'grid' | 'lhs' | 'monte-carlo';
  /** Grid only: the values of each parameter axis, first parameter slowest. */
  readonly axes: readonly (readonly number[])[];
  readonly elapsed_ms: number;
}

export const STATUS_LABELS: Readonly<Record<RowStatus, string>> = {
  [RowStatus.Ok]: 'ok',
  [RowStatus.LinkFails]: 'link does not close',
  [RowStatus.NotANumber]: 'metric not a number',
  [RowStatus.Error]: 'evaluation error',
  [RowStatus.Infeasible]: 'infeasible (eye closed or laser cannot be sized)',
};

const STATUS_CODES: Readonly<Record<RowStatus, string>> = {
  [RowStatus.Ok]: 'ok',
  [RowStatus.LinkFails]: 'link-fails',
  [RowStatus.NotANumber]: 'not-a-number',
  [RowStatus.Error]: 'error',
  [RowStatus.Infeasible]: 'infeasible',
};

export interface FailureSummary {
  readonly total: number;
  readonly failed: number;
  /** Count per failing status, most common first. */
  readonly byStatus: readonly { readonly status: RowStatus; readonly count: number }[];
}

export function failureSummary(status: Uint8Array): FailureSummary {
  const counts = new Uint32Array(Object.keys(RowStatus).length);
  for (const code of status) counts[code] = (counts[code] ?? 0) + 1;
  const byStatus = [
    RowStatus.LinkFails,
    RowStatus.Infeasible,
    RowStatus.NotANumber,
    RowStatus.Error,
  ]
    .map((code) => ({ status: code as RowStatus, count: counts[code] as number }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const failed = byStatus.reduce((sum, entry) => sum + entry.count, 0);
  return { total: status.length, failed, byStatus };
}

/** "12 of 400 points failed: link does not close (10), metric not a number (2)". */
export function describeFailures(summary: FailureSummary, noun = 'points'): string {
  if (summary.failed === 0) return `All ${summary.total.toLocaleString('en-US')} ${noun} evaluated`;
  const reasons = summary.byStatus
    .map((entry) =>
      summary.byStatus.length === 1
        ? STATUS_LABELS[entry.status]
        : `${STATUS_LABELS[entry.status]} (${entry.count.toLocaleString('en-US')})`,
    )
    .join(', ');
  return `${summary.failed.toLocaleString('en-US')} of ${summary.total.toLocaleString('en-US')} ${noun} failed: ${reasons}`;
}

function parameterHeader(path: string, unit: string): string {
  return unit === '' ? path : `${path} [${unit}]`;
}

/**
 * Rows as CSV: design, point, every parameter, every metric, status and pass. `rows` picks and
 * orders rows (a selection); all rows when absent. Full precision; NaN is an empty cell.
 */
export function sweepCsv(result: SweepResult, rows?: ArrayLike<number>): string {
  const { columns } = result;
  const fields = [
    'design',
    'point',
    ...result.paths.map((path, j) => parameterHeader(path, result.units[j] ?? '')),
    ...result.metrics.map((id) => `${id} [${METRICS[id].unit}]`),
    'status',
    'pass',
  ];
  const count = rows === undefined ? columns.rowCount : rows.length;
  const data: string[][] = new Array<string[]>(count);
  const cell = (value: number) => (Number.isNaN(value) ? '' : String(value));
  for (let k = 0; k < count; k++) {
    const row = rows === undefined ? k : (rows[k] as number);
    const design = result.designs[columns.design[row] as number];
    data[k] = [
      design?.id ?? '',
      String(columns.point[row]),
      ...columns.parameters.map((column) => cell(column[row] as number)),
      ...columns.metrics.map((column) => cell(column[row] as number)),
      STATUS_CODES[columns.status[row] as RowStatus],
      result.criteria === null ? '' : String(columns.pass[row]),
    ];
  }
  return `${Papa.unparse({ fields, data })}\n`;
}

export function unitOf(design: Design | undefined, path: string): string {
  return design === undefined ? '' : (fieldRangeAt(design, path)?.unit ?? '');
}

export interface DesignBlock {
  /** Index into the merged result's designs. */
  readonly design: number;
  readonly paths: readonly string[];
  readonly columns: SweepColumns;
}

/**
 * Joins per-design sampled sweeps (each design varies its own provenance-ranged parameters) into
 * one block: one column per parameter any design varies; a design that does not vary a
 * parameter holds it at its nominal value (NaN when it has no such field).
 */
export function mergeDesignBlocks(
  blocks: readonly DesignBlock[],
  designs: readonly Design[],
  paths: readonly string[],
): SweepColumns {
  const rowCount = blocks.reduce((sum, block) => sum + block.columns.rowCount, 0);
  const metricCount = blocks[0]?.columns.metrics.length ?? 0;
  const merged = {
    startPoint: 0,
    rowCount,
    point: new Uint32Array(rowCount),
    design: new Uint16Array(rowCount),
    status: new Uint8Array(rowCount),
    pass: new Uint8Array(rowCount),
    parameters: paths.map(() => new Float64Array(rowCount)),
    metrics: Array.from({ length: metricCount }, () => new Float64Array(rowCount)),
  };
  let offset = 0;
  for (const block of blocks) {
    const { columns } = block;
    merged.point.set(columns.point, offset);
    merged.design.fill(block.design, offset, offset + columns.rowCount);
    merged.status.set(columns.status, offset);
    merged.pass.set(columns.pass, offset);
    columns.metrics.forEach((column, m) => merged.metrics[m]?.set(column, offset));
    paths.forEach((path, j) => {
      const target = merged.parameters[j] as Float64Array;
      const own = block.paths.indexOf(path);
      const source = columns.parameters[own];
      if (source !== undefined) target.set(source, offset);
      else {
        const nominal = getAtPath(designs[block.design], path);
        target.fill(
          typeof nominal === 'number' ? nominal : Number.NaN,
          offset,
          offset + columns.rowCount,
        );
      }
    });
    offset += columns.rowCount;
  }
  return merged;
}

/** Paths with a provenance range in a design: what a sampled sweep varies by default. */
export function rangedPaths(design: Design): string[] {
  return Object.entries(design.provenance ?? {})
    .filter(
      ([path, provenance]) =>
        provenance.range !== undefined && typeof getAtPath(design, path) === 'number',
    )
    .map(([path]) => path)
    .filter((path) => fieldRangeAt(design, path)?.integer === false);
}

/** At most this many parameters per sampled sweep (the sweep-spec limit). */
export const MAX_SAMPLED_PARAMETERS = 32;

/** Fields that state a requirement rather than describe the design: never sampled. */
const NOT_SAMPLED = new Set(['required_margin_dB']);

/**
 * The parameters a trade-space sample varies for one design: every provenance range, and — when
 * `spreadPercent` > 0 — every other real-valued field ±spreadPercent around its nominal value
 * (kept inside the field's allowed range). Whole-number fields are never sampled.
 */
export function sampledParameters(
  design: Design,
  spreadPercent: number,
): { path: string; range?: [number, number] }[] {
  const ranged = rangedPaths(design);
  const parameters: { path: string; range?: [number, number] }[] = ranged.map((path) => ({ path }));
  if (spreadPercent > 0) {
    const taken = new Set(ranged);
    for (const path of numericFieldPaths(design)) {
      if (parameters.length >= MAX_SAMPLED_PARAMETERS) break;
      if (taken.has(path) || NOT_SAMPLED.has(path)) continue;
      const field = fieldRangeAt(design, path);
      const nominal = getAtPath(design, path);
      if (field === undefined || field.integer === true || typeof nominal !== 'number') continue;
      if (nominal === 0 || !Number.isFinite(nominal)) continue;
      const delta = Math.abs(nominal) * (spreadPercent / 100);
      const low = Math.max(field.min, nominal - delta);
      const high = Math.min(field.max, nominal + delta);
      if (!(high > low)) continue;
      parameters.push({ path, range: [low, high] });
    }
  }
  return parameters.slice(0, MAX_SAMPLED_PARAMETERS);
}
