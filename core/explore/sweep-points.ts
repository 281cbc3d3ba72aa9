import { uniformAt } from './random';
import type { Axis, SweepPlan } from './sweep-plan';

/**
 * A plan's points as parameter values: what a sweep evaluates, apart from planning it. Kept apart
 * from the planner (which validates fields against the scenario schema) so a sweep worker given
 * a plan loads only this and the kernel.
 */
/** Inverse CDF of the triangular distribution on [low, high] with its mode. */
function triangular(u: number, low: number, mode: number, high: number): number {
  if (high <= low) return low;
  const split = (mode - low) / (high - low);
  return u < split
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/** The parameter values of point `point` for design `designIndex`, written into `out`. */
export function pointValues(
  plan: SweepPlan,
  point: number,
  designIndex: number,
  out: Float64Array,
): void {
  const axes = plan.axes[designIndex] as readonly Axis[];
  const sampling = plan.sampling;
  let remainder = point;
  for (let j = axes.length - 1; j >= 0; j--) {
    const axis = axes[j] as Axis;
    if (sampling.method === 'grid') {
      const size = plan.gridSizes[j] as number;
      const digit = remainder % size;
      remainder = Math.floor(remainder / size);
      out[j] = (axis as Axis & { kind: 'values' }).values[digit] as number;
      continue;
    }
    if (axis.kind !== 'range') continue;
    if (sampling.method === 'lhs') {
      const stratum = (plan.strata[j] as Uint32Array)[point] as number;
      const u = (stratum + uniformAt(sampling.seed, point, j)) / plan.pointCount;
      out[j] = axis.low + (axis.high - axis.low) * u;
    } else {
      const u = uniformAt(sampling.seed, point, j);
      out[j] =
        sampling.distribution === 'uniform'
          ? axis.low + (axis.high - axis.low) * u
          : triangular(u, axis.low, axis.mode, axis.high);
    }
  }
}

/**
 * The swept values of points [start, start + count) for every design, into columns of rows
 * ordered point-major (row = (point − start) × designs + design). Grids write each axis run by
 * run (a value holds for the product of the faster axes' sizes); sampled sweeps call `pointValues`.
 */
export function fillParameterColumns(
  plan: SweepPlan,
  start: number,
  count: number,
  columns: readonly Float64Array[],
): void {
  const designs = plan.designs.length;
  const width = plan.paths.length;
  const values = new Float64Array(width);
  for (let d = 0; d < designs; d++) {
    if (plan.sampling.method !== 'grid') {
      for (let i = 0; i < count; i++) {
        pointValues(plan, start + i, d, values);
        for (let j = 0; j < width; j++)
          (columns[j] as Float64Array)[i * designs + d] = values[j] as number;
      }
      continue;
    }
    const axes = plan.axes[d] as readonly Axis[];
    // Axis j holds each value for a run of `stride` consecutive points (the last axis is fastest),
    // so each column is written run by run: a native fill for the slow axes of a one-design plan.
    let stride = 1;
    for (let j = width - 1; j >= 0; j--) {
      const size = plan.gridSizes[j] as number;
      const axisValues = (axes[j] as Axis & { kind: 'values' }).values;
      const column = columns[j] as Float64Array;
      let i = 0;
      while (i < count) {
        const point = start + i;
        const value = axisValues[Math.floor(point / stride) % size] as number;
        const run = Math.min(stride - (point % stride), count - i);
        if (run === 1) column[i * designs + d] = value;
        else if (designs === 1) column.fill(value, i, i + run);
        else for (let k = i; k < i + run; k++) column[k * designs + d] = value;
        i += run;
      }
      stride *= size;
    }
  }
}
