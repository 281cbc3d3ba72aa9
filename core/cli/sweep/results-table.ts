import type { MetricId, SweepColumns } from '../../index';

/**
 * Sweep results as the CLI writes and reads them: the core's columns plus the names a file needs
 * to stand alone (design ids, parameter paths, metric ids). Rows are point-major, as the core
 * produces them, so shards of one sweep concatenate to the whole.
 */
export interface ResultsTable {
  readonly designs: readonly string[];
  readonly paths: readonly string[];
  readonly metrics: readonly MetricId[];
  /** false when the sweep judged no launch criteria (the pass column is then empty). */
  readonly judged: boolean;
  readonly columns: SweepColumns;
}

/** Status codes as words, in files and reports. */
export const STATUS_NAMES = ['ok', 'link_fails', 'not_a_number', 'error', 'infeasible'] as const;
export type StatusName = (typeof STATUS_NAMES)[number];

export function statusName(code: number): StatusName {
  return STATUS_NAMES[code] ?? 'error';
}

export function statusCode(name: string): number | undefined {
  const code = STATUS_NAMES.indexOf(name as StatusName);
  return code < 0 ? undefined : code;
}

/** Adds the rows of each status to `counts` (one slot per status code). */
export function addStatusCounts(counts: Float64Array, status: Uint8Array): Float64Array {
  for (const code of status) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** Rows per status, only the statuses that occur, in code order. */
export function countStatuses(status: Uint8Array): Map<StatusName, number> {
  const counts = addStatusCounts(new Float64Array(STATUS_NAMES.length), status);
  const result = new Map<StatusName, number>();
  counts.forEach((count, code) => {
    if (count > 0) result.set(statusName(code), count);
  });
  return result;
}

/** "failed rows: link_fails 3, error 1" or "no failed rows". */
export function describeFailures(status: Uint8Array | Map<StatusName, number>): string {
  const counts = status instanceof Map ? status : countStatuses(status);
  const failures = [...counts].filter(([name, count]) => name !== 'ok' && count > 0);
  return failures.length === 0
    ? 'no failed rows'
    : `failed rows: ${failures.map(([name, count]) => `${name} ${count}`).join(', ')}`;
}

/** A number as the files write it: shortest round-trip text, "" for NaN, "inf" / "-inf". */
export function numberText(value: number): string {
  if (Number.isNaN(value)) return '';
  if (value === Number.POSITIVE_INFINITY) return 'inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  return String(value);
}

export function parseNumberText(text: string): number {
  if (text === '') return Number.NaN;
  if (text === 'inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}
