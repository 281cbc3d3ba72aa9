import Papa from 'papaparse';
import { describeCriterion, evaluateCriteria, METRICS } from '../../../../core';
import type { CriteriaVerdict, LaunchCriteria } from '../../../../core';
import type { CompareRow } from '../compare/compareData';

export interface ScorecardRow {
  readonly row: CompareRow;
  /** Null when the design cannot be evaluated. */
  readonly verdict: CriteriaVerdict | null;
}

export function scorecardRows(rows: readonly CompareRow[], set: LaunchCriteria): ScorecardRow[] {
  return rows.map((row) => ({
    row,
    verdict: row.ok ? evaluateCriteria(set, row.evaluation.metrics.values) : null,
  }));
}

/** "+1.25 pJ/bit" — the room to the threshold, signed, in the metric's unit. */
export function formatMargin(margin: number, decimals: number, unit: string): string {
  if (Number.isNaN(margin)) return 'n/a';
  if (!Number.isFinite(margin)) return margin > 0 ? '+∞' : '−∞';
  const text = Math.abs(margin).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  const sign = margin >= 0 ? '+' : '\u2212';
  return `${sign}${text}${unit === '' ? '' : ` ${unit}`}`;
}

/** One row per design: for each criterion its value, margin and pass, then the overall verdict. */
export function scorecardCsv(rows: readonly ScorecardRow[], set: LaunchCriteria): string {
  const fields = [
    'design',
    'name',
    ...set.criteria.flatMap((criterion) => {
      const label = describeCriterion(criterion);
      const unit = METRICS[criterion.metric].unit;
      return [`${label}: value [${unit}]`, `${label}: margin [${unit}]`, `${label}: pass`];
    }),
    'overall pass',
  ];
  // A value that does not exist (infeasible, not applicable) is an empty cell, never "NaN".
  const cell = (value: number | null) =>
    value === null || !Number.isFinite(value) ? '' : String(value);
  const data = rows.map(({ row, verdict }) => [
    row.design.id,
    row.design.name,
    ...set.criteria.flatMap((_, i) => {
      const result = verdict?.results[i];
      return result === undefined
        ? ['', '', 'error']
        : [cell(result.value), cell(result.margin), String(result.pass)];
    }),
    verdict === null ? 'error' : String(verdict.pass),
  ]);
  return `${Papa.unparse({ fields, data })}\n`;
}
