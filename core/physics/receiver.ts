import { A_PER_PA, HZ_PER_GHZ, mwToDbm, dBmToMw } from '../units';
import { pamBitErrorRate, requiredQ } from './modulation';

/**
 * Thermal-noise-limited receiver [SACKINGER_BBC]. The noise current is σ = i_n·√B with i_n the
 * input-referred noise density and B the noise bandwidth; the photocurrent swing for an optical
 * modulation amplitude OMA is R·OMA. Shot and RIN noise are neglected (PIN receivers at these
 * powers are thermal-noise limited).
 */
export interface ThermalReceiver {
  readonly responsivity_A_per_W: number;
  readonly noise_density_pA_per_rtHz: number;
  readonly bandwidth_GHz: number;
}

/** RMS noise current, A. */
export function thermalNoiseCurrent_A(rx: ThermalReceiver): number {
  return rx.noise_density_pA_per_rtHz * A_PER_PA * Math.sqrt(rx.bandwidth_GHz * HZ_PER_GHZ);
}

/** NRZ-equivalent Q-factor R·OMA/(2σ) at a received OMA. */
export function receivedQ(rx: ThermalReceiver, oma_dBm: number): number {
  const oma_W = dBmToMw(oma_dBm) / 1000;
  return (rx.responsivity_A_per_W * oma_W) / (2 * thermalNoiseCurrent_A(rx));
}

/** BER of Gray-coded M-PAM at a received OMA. */
export function berAtOma(rx: ThermalReceiver, levels: number, oma_dBm: number): number {
  return pamBitErrorRate(levels, receivedQ(rx, oma_dBm));
}

/**
 * Receiver sensitivity: the OMA (dBm) that gives `targetBer`.
 * OMA = 2σ·Q_req / R, with Q_req from the inverse of the M-PAM BER.
 */
export function sensitivityOma_dBm(rx: ThermalReceiver, levels: number, targetBer: number): number {
  const q = requiredQ(levels, targetBer);
  const oma_W = (2 * thermalNoiseCurrent_A(rx) * q) / rx.responsivity_A_per_W;
  return mwToDbm(oma_W * 1000);
}

/**
 * BER at a received OMA for a receiver known only by its sensitivity at a target BER: the noise
 * is inferred from the sensitivity, so BER(sensitivity) = target by construction.
 */
export function berFromSensitivity(
  sensitivity_dBm: number,
  levels: number,
  targetBer: number,
  oma_dBm: number,
): number {
  const qAtSensitivity = requiredQ(levels, targetBer);
  const q = qAtSensitivity * 10 ** ((oma_dBm - sensitivity_dBm) / 10);
  return pamBitErrorRate(levels, q);
}
