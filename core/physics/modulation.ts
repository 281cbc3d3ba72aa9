import { qFunction, qInverse } from './q-function';

/**
 * @method mpam-ber Bit error rate of M-PAM
 * Gray-coded M-PAM with Gaussian noise of equal σ on every level and thresholds midway between
 * levels: with d = OMA/(M−1) the level spacing, the symbol error rate and (one bit error per
 * adjacent-symbol error) the bit error rate are
 * $$ \mathrm{SER} = \frac{2(M-1)}{M}\, Q\!\left(\frac{d}{2\sigma}\right), \qquad \mathrm{BER} \approx \frac{\mathrm{SER}}{\log_2 M} $$
 * With q = R·OMA/(2σ) the NRZ-equivalent Q-factor and Q(x) = ½·erfc(x/√2):
 * $$ \mathrm{BER} = \frac{2(M-1)}{M \log_2 M}\; Q\!\left(\frac{q}{M-1}\right) $$
 * M = 2 gives Q(q) (Q = 7.03 at 1e-12); M = 4 gives ¾·Q(q/3). The inverse (the Q-factor a target
 * BER needs) uses a library erfcinv, which keeps full precision deep in the tail.
 * @assumes Equal noise on every level; Gray coding; thresholds midway between levels.
 * @valid Target BER below half the prefactor (NRZ 0.5, PAM4 0.375); down to 1e-18.
 * @ref PROAKIS_DIGCOMM LABPRO_STD
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

/** Line rate of one M-PAM lane, Gb/s: symbol rate × log2 M. */
export function pamLaneRate_gbps(baud_GBd: number, levels: number): number {
  return baud_GBd * Math.log2(levels);
}
