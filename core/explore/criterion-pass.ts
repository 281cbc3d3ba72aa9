import type { Criterion } from './criteria';

// Judging a value against a criterion, apart from the criteria schema (zod), so the sweep kernel
// and its workers judge rows without loading the schema library.

/** Margin of one value against one criterion (positive = passes). */
export function criterionMargin(criterion: Criterion, value: number): number {
  switch (criterion.op) {
    case '<=':
      return criterion.value - value;
    case '>=':
      return value - criterion.value;
    case 'within':
      return Math.min(value - criterion.range[0], criterion.range[1] - value);
  }
}

/** Whether a margin passes: a threshold met exactly must not fail on a rounding error. */
export function criterionMarginPasses(margin: number, value: number): boolean {
  return margin >= -1e-9 * Math.max(1, Math.abs(value));
}

/** Whether one value passes one criterion (NaN fails). */
export function criterionPasses(criterion: Criterion, value: number): boolean {
  return !Number.isNaN(value) && criterionMarginPasses(criterionMargin(criterion, value), value);
}
