/**
 * One axis of a uniform grid: where a coordinate falls between knots, and the monotone cubic
 * (Fritsch–Carlson) through four knot values around it.
 */
export interface AxisPlace {
  /** The knot at or below the coordinate. */
  readonly index: number;
  /** Fraction of the way to the next knot, [0, 1); 0 exactly on a knot. */
  readonly t: number;
}

/** A coordinate this close to a knot (in knot steps) is read as on it: rounding of B/f and the like. */
const SNAP_STEPS = 1e-9;

/** The place of x on knots 0, h, …, last·h; null outside (or not a number). */
export function axisPlace(x: number, step: number, last: number): AxisPlace | null {
  if (!(x >= 0)) return null;
  const position = x / step;
  const nearest = Math.round(position);
  if (Math.abs(position - nearest) < SNAP_STEPS) {
    return nearest <= last ? { index: nearest, t: 0 } : null;
  }
  const index = Math.floor(position);
  return index < last ? { index, t: position - index } : null;
}

/**
 * Fritsch–Carlson slope at a knot from the secants on either side (uniform steps): the harmonic
 * mean, zero at a local extremum, so the cubic stays monotone between knots.
 */
function slope(before: number, after: number): number {
  return before * after <= 0 ? 0 : 2 / (1 / before + 1 / after);
}

/**
 * The monotone cubic Hermite between knot values a (at t = 0) and b (t = 1), with the neighbours
 * `before` (t = −1) and `after` (t = 2) setting the slopes; a neighbour that is NaN (off the grid,
 * or unknown) gives the one-sided secant. Slopes are per knot step.
 */
export function monotoneCubic(
  before: number,
  a: number,
  b: number,
  after: number,
  t: number,
): number {
  const secant = b - a;
  const ma = before === before ? slope(a - before, secant) : secant;
  const mb = after === after ? slope(secant, after - b) : secant;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    (2 * t3 - 3 * t2 + 1) * a + (t3 - 2 * t2 + t) * ma + (-2 * t3 + 3 * t2) * b + (t3 - t2) * mb
  );
}
