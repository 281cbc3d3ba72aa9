import { qFunction, qInverse } from './q-function';

/**
 * Bit error rate of Gray-coded M-PAM with Gaussian noise of equal σ on every level and thresholds
 * midway between levels [PROAKIS_DIGCOMM]:
 *   SER = 2(M−1)/M · Q(d/2σ),  BER ≈ SER / log2 M,  d = OMA/(M−1) the level spacing.
 * With a = R·OMA/(2σ) the NRZ Q-factor (photocurrent swing over twice the noise):
 *   BER = (2(M−1) / (M·log2 M)) · Q(a / (M−1)).
 * M = 2 gives BER = Q(a); M = 4 gives (3/4)·Q(a/3).
 */
export function berPrefactor(levels: number): number {
  return (2 * (levels - 1)) / (levels * Math.log2(levels));
}

/** Symbol error rate for M-PAM at NRZ-equivalent Q-factor `q` (= signal swing / 2σ). */
export function pamSymbolErrorRate(levels: number, q: number): number {
  return ((2 * (levels - 1)) / levels) * qFunction(q / (levels - 1));
}

/** Gray-coded bit error rate for M-PAM at NRZ-equivalent Q-factor `q`. */
export function pamBitErrorRate(levels: number, q: number): number {
  return berPrefactor(levels) * qFunction(q / (levels - 1));
}

/**
 * NRZ-equivalent Q-factor needed for a target BER with M-PAM: inverts `pamBitErrorRate`.
 * Valid for 0 < ber < prefactor/2 (BER cannot exceed the coin-flip limit of the formula).
 */
export function requiredQ(levels: number, ber: number): number {
  // Sweeps ask for the same (levels, BER) millions of times; the inverse erfc is the costly part.
  if (levels === lastLevels && ber === lastBer) return lastQ;
  lastQ = (levels - 1) * qInverse(ber / berPrefactor(levels));
  lastLevels = levels;
  lastBer = ber;
  return lastQ;
}

let lastLevels = Number.NaN;
let lastBer = Number.NaN;
let lastQ = Number.NaN;
