/**
 * Unit conversions, in one place. Powers: dBm ↔ mW ↔ W; ratios: dB ↔ linear. Every other module
 * calls these rather than writing `10 ** (x / 10)` again.
 */

/**
 * ln(10)/10: dBm → mW is computed as exp(x·ln10/10), which V8 evaluates about five times faster
 * than `10 ** (x / 10)` (its pow is the slow path; sweeps size a laser per point with it). The two
 * differ by an ulp or so. Ratios keep `10 **`, exact at the decades thresholds are tested at.
 */
const LN10_OVER_10 = Math.LN10 / 10;

/** Optical or electrical power ratio in dB → linear ratio. */
export function dBToLinear(value_dB: number): number {
  return 10 ** (value_dB / 10);
}

/** Linear power ratio → dB. */
export function linearToDb(ratio: number): number {
  return 10 * Math.log10(ratio);
}

export function dBmToMw(power_dBm: number): number {
  return Math.exp(power_dBm * LN10_OVER_10);
}

export function mwToDbm(power_mW: number): number {
  return 10 * Math.log10(power_mW);
}

export function dBmToW(power_dBm: number): number {
  return dBmToMw(power_dBm) / 1000;
}

export function wToDbm(power_W: number): number {
  return mwToDbm(power_W * 1000);
}

export const M_PER_KM = 1000;
export const HZ_PER_GHZ = 1e9;
export const HZ_PER_MHZ = 1e6;
export const S_PER_PS = 1e-12;
export const M_PER_NM = 1e-9;
export const A_PER_PA = 1e-12;

export function mToKm(length_m: number): number {
  return length_m / M_PER_KM;
}

export function kmToM(length_km: number): number {
  return length_km * M_PER_KM;
}
