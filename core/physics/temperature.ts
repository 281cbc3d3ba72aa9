import { sourced } from '../provenance';

/**
 * @method case-temperature Laser efficiency and ring tuning across the case temperature
 * A laser's wall-plug efficiency falls as the case heats (threshold rises, slope efficiency
 * drops); over the operating range it is well described by one characteristic temperature T_η
 * about the 25 °C datasheet reference:
 * $$ \eta(T) = \eta_{25}\, e^{-(T - 25\,^\circ\mathrm{C})/T_\eta} $$
 * Micro-ring resonances drift with temperature (silicon ≈ 0.08 nm/K) and heaters can only heat,
 * so a ring is parked at a resonance reached at the hottest case and the heater makes up the
 * difference as the case cools; with heater efficiency h (nm/mW) the tuning power per lane is
 * $$ P_{\mathrm{ring}}(T) = \max\!\left(0,\; P_{\mathrm{ring},25} + \frac{s\,(25\,^\circ\mathrm{C} - T)}{h}\right) $$
 * The hot corner has the least efficient laser (the budget's laser draw is sized there), the cold
 * corner the most ring power; energy per bit is reported at both. The link budget itself is the
 * datasheet's, whose Tx and Rx limits already hold over the case range.
 * @assumes One characteristic temperature for the whole range; ring power given at 25 °C; heater efficiency constant.
 * @valid Case −40 … 125 °C; T_η 20 … 1000 K; ring drift 0 … 1 nm/K; heater 0.01 … 10 nm/mW.
 * @ref PADMARAJU_RING_THERMAL DAI_RING_HEATER LASER_TEMPERATURE_EST
 */
export const REFERENCE_CASE_TEMPERATURE_C = sourced(25, {
  source: 'LASER_TEMPERATURE_EST',
  year: 2026,
  kind: 'estimate',
  note: 'datasheet typical-condition temperature',
});

export const LASER_WPE_CHARACTERISTIC_K = sourced(100, {
  source: 'LASER_TEMPERATURE_EST',
  year: 2026,
  kind: 'estimate',
  range: [60, 200],
  note: 'uncooled InP DFB/EML: ~1.5–2.5 dB less light at fixed drive from 25 to 85 °C',
});

export const RING_THERMAL_SHIFT_NM_PER_K = sourced(0.08, {
  source: 'PADMARAJU_RING_THERMAL',
  year: 2013,
  kind: 'paper',
  range: [0.07, 0.11],
});

export const RING_HEATER_NM_PER_MW = sourced(0.25, {
  source: 'DAI_RING_HEATER',
  year: 2008,
  kind: 'estimate',
  range: [0.1, 4],
  note: 'integrated heaters reach 0.1–0.3 nm/mW in practice; a submicrometre heater simulates 4 nm/mW (20 nm for 5 mW)',
});

/** Wall-plug efficiency at a case temperature, from its 25 °C figure (never above 1). */
export function laserWpeAt(
  wpeAt25: number,
  case_C: number,
  characteristic_K = LASER_WPE_CHARACTERISTIC_K.value,
): number {
  const delta_K = case_C - REFERENCE_CASE_TEMPERATURE_C.value;
  return Math.min(1, wpeAt25 * Math.exp(-delta_K / characteristic_K));
}

/** Ring heater power per lane at a case temperature, mW (0 where the case is hot enough on its own). */
export function ringTuningAt_mW(
  ringAt25_mW: number,
  case_C: number,
  shift_nm_per_K = RING_THERMAL_SHIFT_NM_PER_K.value,
  heater_nm_per_mW = RING_HEATER_NM_PER_MW.value,
): number {
  if (ringAt25_mW === 0) return 0;
  const delta_K = REFERENCE_CASE_TEMPERATURE_C.value - case_C;
  return Math.max(0, ringAt25_mW + (shift_nm_per_K * delta_K) / heater_nm_per_mW);
}
