import type { LinkResult } from '../../../../core';

/** The longest length the scenario schema allows (10 000 km). */
const LONGEST_M = 10_000_000;

/**
 * Lengths for the margin-vs-length curve: log-spaced from 1 m to about three times the max reach,
 * always far enough to include the current length, so the knee of the curve and the design point
 * are both on screen. Falls back to 10 × the length when the reach is unbounded or unknown.
 */
export function marginCurveLengths(result: LinkResult, points = 160): Float64Array {
  const reach = result.max_reach_m;
  const reachEnd = Number.isFinite(reach) && reach > 0 ? 3 * reach : 10 * result.length_m;
  const end = Math.min(LONGEST_M, Math.max(reachEnd, 1.5 * result.length_m, 10));
  const start = 1;
  const lengths = new Float64Array(points);
  const step = Math.log10(end / start) / (points - 1);
  for (let index = 0; index < points; index += 1) {
    lengths[index] = start * 10 ** (index * step);
  }
  return lengths;
}
