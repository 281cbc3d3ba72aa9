import { z } from 'zod';
import { metricIds, METRICS, type MetricId } from '../metrics/registry';
import { criterionMargin, criterionMarginPasses } from './criterion-pass';

export { criterionMargin, criterionMarginPasses, criterionPasses } from './criterion-pass';

/**
 * @method criteria Launch criteria (the technical bar)
 * Thresholds on metrics → pass/fail with the margin to each threshold, in the metric's own unit,
 * positive when there is room to spare:
 * $$ m_{\le} = t - x, \qquad m_{\ge} = x - t, \qquad m_{[a,b]} = \min(x - a,\ b - x) $$
 * A design (or a sweep point) passes when every margin is non-negative and its link closes.
 * @assumes A metric that does not exist (not applicable, or the design is infeasible) fails its criterion.
 */
export const criterionSchema = z.discriminatedUnion('op', [
  z.strictObject({ metric: z.enum(metricIds), op: z.literal('<='), value: z.number() }),
  z.strictObject({ metric: z.enum(metricIds), op: z.literal('>='), value: z.number() }),
  z.strictObject({
    metric: z.enum(metricIds),
    op: z.literal('within'),
    range: z
      .tuple([z.number(), z.number()])
      .refine(([lo, hi]) => lo <= hi, 'range must be [low, high]'),
  }),
]);

export const launchCriteriaSchema = z.strictObject({
  name: z.string().min(1).max(200),
  criteria: z.array(criterionSchema).min(1).max(100),
});

export type Criterion = z.infer<typeof criterionSchema>;
export type LaunchCriteria = z.infer<typeof launchCriteriaSchema>;

export interface CriterionResult {
  readonly criterion: Criterion;
  /** null when the metric does not exist for this design (it then fails). */
  readonly value: number | null;
  readonly pass: boolean;
  /** Distance to the threshold in the metric's unit; positive passes. null when the value is. */
  readonly margin: number | null;
}

export interface CriteriaVerdict {
  readonly pass: boolean;
  readonly results: readonly CriterionResult[];
}

export function evaluateCriteria(
  bar: LaunchCriteria,
  /** Metric values; null or NaN (a sweep column's gap) for one that does not exist. */
  values: Readonly<Record<MetricId, number | null>>,
): CriteriaVerdict {
  const results = bar.criteria.map((criterion): CriterionResult => {
    const raw = values[criterion.metric];
    const value = raw === null || !Number.isFinite(raw) ? null : raw;
    if (value === null) return { criterion, value, pass: false, margin: null };
    const margin = criterionMargin(criterion, value);
    return { criterion, value, pass: criterionMarginPasses(margin, value), margin };
  });
  return { pass: results.every((result) => result.pass), results };
}

/** "energy_pJ_per_bit ≤ 5 pJ/bit" */
export function describeCriterion(criterion: Criterion): string {
  const info = METRICS[criterion.metric];
  const unit = info.unit ? ` ${info.unit}` : '';
  if (criterion.op === 'within')
    return `${info.label} within ${criterion.range[0]} … ${criterion.range[1]}${unit}`;
  return `${info.label} ${criterion.op === '<=' ? '≤' : '≥'} ${criterion.value}${unit}`;
}
