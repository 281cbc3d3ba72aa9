import { qFunction } from '../physics/q-function';
import type { CursorTable } from './cursors';

/**
 * Discrete ISI distributions and their noisy tails [CASPER_STATEYE].
 *
 * Symbols are centred, a_m = m/(M−1) − ½ (OMA = 1), so the ISI of a phase is I = Σ_k c_k·a_k over
 * the window and the received amplitude for main symbol m is s_m + I + n with
 * s_m = c₀·m/(M−1) + ½·(Σ_all c − c₀) (neighbours outside the window sit at the mean level).
 * I is built cursor by cursor: each convolution with the M equiprobable deltas c_k·a_m costs
 * M × (support) — never the M^N patterns. Shifts between bins are split linearly over the two
 * neighbouring bins (mean exact); the variance that split adds is returned and taken out of the
 * Gaussian noise, so coarse bins do not inflate the noise.
 */
export interface AmplitudeGrid {
  /** Number of grid points (odd: x = 0 is a point). */
  readonly points: number;
  /** Spacing, OMA units. */
  readonly step: number;
  /** Index of x = 0. */
  readonly centre: number;
}

/** Largest ISI excursion over the phases: ½·Σ_k |c_k| (the window's worst pattern). */
export function maximumIsi(table: CursorTable): number {
  const window = table.offsets.length;
  let worst = 0;
  for (let phase = 0; phase < table.samplesPerUi; phase++) {
    let sum = 0;
    for (let i = 0; i < window; i++) sum += Math.abs(table.isi[phase * window + i] as number);
    worst = Math.max(worst, 0.5 * sum);
  }
  return worst;
}

/**
 * A grid wide enough for the ISI plus `noiseSigmaMax` tails: half-width max(R, c₀·d) + 8σ, so every
 * threshold between two levels lies on it. `bins` + 1 points.
 */
export function amplitudeGrid(
  table: CursorTable,
  levels: number,
  bins: number,
  noiseSigmaMax: number,
): AmplitudeGrid {
  if (!(Number.isInteger(bins) && bins >= 16 && bins <= 16384)) {
    throw new Error(`amplitudeGrid: bins must be an integer 16…16384, got ${bins}`);
  }
  const points = bins % 2 === 0 ? bins + 1 : bins;
  const centre = (points - 1) / 2;
  let mainMax = 0;
  for (const c of table.main) mainMax = Math.max(mainMax, Math.abs(c));
  const core = Math.max(maximumIsi(table), mainMax / (levels - 1), 1e-6) + 8 * noiseSigmaMax;
  // Two spare bins each side keep the linear split of the widest pattern on the grid.
  const step = core / (centre - 2);
  return { points, step, centre };
}

/**
 * Writes the ISI distribution of one phase into `out` (length grid.points, probabilities) and
 * returns its support and the variance added by splitting shifts between bins (OMA²).
 * `scratch` is a work array of the same length.
 */
export function isiDistribution(
  table: CursorTable,
  phase: number,
  levels: number,
  grid: AmplitudeGrid,
  out: Float64Array,
  scratch: Float64Array,
): { readonly low: number; readonly high: number; readonly splitVariance: number } {
  const window = table.offsets.length;
  const probability = 1 / levels;
  const spacing = 1 / (levels - 1);
  out.fill(0);
  out[grid.centre] = 1;
  let low = grid.centre;
  let high = grid.centre;
  let splitVariance = 0;
  let current = out;
  let next = scratch;
  for (let i = 0; i < window; i++) {
    const cursor = table.isi[phase * window + i] as number;
    if (cursor === 0) continue;
    next.fill(0);
    let newLow = grid.points;
    let newHigh = -1;
    for (let m = 0; m < levels; m++) {
      const shift = (cursor * (m * spacing - 0.5)) / grid.step;
      const whole = Math.floor(shift);
      const fraction = shift - whole;
      splitVariance += probability * fraction * (1 - fraction) * grid.step * grid.step;
      const keep = probability * (1 - fraction);
      const move = probability * fraction;
      for (let j = low; j <= high; j++) {
        const p = current[j] as number;
        if (p === 0) continue;
        const target = j + whole;
        next[target] = (next[target] as number) + keep * p;
        next[target + 1] = (next[target + 1] as number) + move * p;
      }
      newLow = Math.min(newLow, low + whole);
      newHigh = Math.max(newHigh, high + whole + (fraction > 0 ? 1 : 0));
    }
    low = Math.max(0, newLow);
    high = Math.min(grid.points - 1, newHigh);
    const swap = current;
    current = next;
    next = swap;
  }
  if (current !== out) out.set(current);
  return { low, high, splitVariance };
}

/**
 * Tails of ISI + Gaussian noise σ on the grid, for one phase:
 *   upper[j] = P(I + n > x_j) = Σ_i I_i·Q((x_j − x_i)/σ),  lower[j] = P(I + n < x_j).
 * Both are summed from their own small end (prefix/suffix sums), so tails of 1e-15 keep their
 * relative precision. σ = 0 gives the bare ISI distribution (ties count half).
 * Writes `grid.points` values at `offset` in `upper` and `lower`.
 */
export function noisyTails(
  distribution: Float64Array,
  low: number,
  high: number,
  grid: AmplitudeGrid,
  sigma: number,
  upper: Float64Array,
  lower: Float64Array,
  offset: number,
  work: TailWork,
): void {
  const points = grid.points;
  const reach = sigma > 0 ? Math.min(points, Math.ceil((9 * sigma) / grid.step)) : 0;
  const kernel = work.kernel(reach, grid.step, sigma);
  const below = work.prefix; // below[j] = Σ_{i<j} I_i
  const above = work.suffix; // above[j] = Σ_{i≥j} I_i
  below[0] = 0;
  for (let j = 0; j < points; j++)
    below[j + 1] = (below[j] as number) + (distribution[j] as number);
  above[points] = 0;
  for (let j = points - 1; j >= 0; j--)
    above[j] = (above[j + 1] as number) + (distribution[j] as number);
  for (let j = 0; j < points; j++) {
    const from = Math.max(low, j - reach);
    const to = Math.min(high, j + reach);
    let up = above[Math.min(points, Math.max(0, j + reach + 1))] as number;
    let down = below[Math.max(0, Math.min(points, j - reach))] as number;
    for (let i = from; i <= to; i++) {
      const p = distribution[i] as number;
      up += p * (kernel[j - i + reach] as number);
      down += p * (kernel[i - j + reach] as number);
    }
    upper[offset + j] = up;
    lower[offset + j] = down;
  }
}

/** Reusable work arrays and a Q-kernel cache for `noisyTails`. */
export class TailWork {
  readonly prefix: Float64Array;
  readonly suffix: Float64Array;
  private cached = new Float64Array(1);
  private cachedKey = '';

  constructor(points: number) {
    this.prefix = new Float64Array(points + 1);
    this.suffix = new Float64Array(points + 1);
  }

  /** Q(d·step/σ) for d = −reach … reach (Q(0) = ½ also when σ = 0). */
  kernel(reach: number, step: number, sigma: number): Float64Array {
    const key = `${reach}:${step}:${sigma}`;
    if (key !== this.cachedKey) {
      const values = new Float64Array(2 * reach + 1);
      for (let d = -reach; d <= reach; d++) {
        values[d + reach] =
          sigma > 0 ? qFunction((d * step) / sigma) : d === 0 ? 0.5 : d < 0 ? 1 : 0;
      }
      this.cached = values;
      this.cachedKey = key;
    }
    return this.cached;
  }
}

/**
 * A tail (upper or lower) at a fractional grid position, interpolated geometrically between grid
 * points (the tails are near-Gaussian, so their logarithm is smooth); clamped at the grid ends.
 */
export function tailAt(
  tail: Float64Array,
  offset: number,
  points: number,
  position: number,
): number {
  if (!(position > 0)) return tail[offset] as number;
  if (position >= points - 1) return tail[offset + points - 1] as number;
  const i = Math.floor(position);
  const fraction = position - i;
  const a = tail[offset + i] as number;
  const b = tail[offset + i + 1] as number;
  if (a > 0 && b > 0) return a * Math.pow(b / a, fraction);
  return a + (b - a) * fraction;
}
