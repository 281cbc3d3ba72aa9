import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';

/**
 * Gaussian tail Q(x) = ½·erfc(x/√2). A library erfc keeps full relative precision deep in the tail
 * (Q = 1e-12 near x = 7.03), where 1 − erf(x) would round to zero.
 */
export function qFunction(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/** Inverse of Q: the x with Q(x) = probability, for 0 < probability < 1. */
export function qInverse(probability: number): number {
  return Math.SQRT2 * erfcinv(2 * probability);
}
