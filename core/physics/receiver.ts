import { A_PER_PA, HZ_PER_GHZ, mwToDbm, dBmToMw } from '../units';
import { pamBitErrorRate, requiredQ } from './modulation';

/**
 * @method receiver-sensitivity Receiver sensitivity from noise
 * A thermal-noise-limited receiver: the RMS noise current is the input-referred noise density
 * times the square root of the noise bandwidth, and an optical modulation amplitude OMA gives a
 * photocurrent swing R·OMA, so the NRZ-equivalent Q-factor is
 * $$ \sigma = i_n \sqrt{B}, \qquad q = \frac{R \cdot \mathrm{OMA}}{2\sigma} $$
 * The sensitivity is the OMA whose Q-factor reaches the one the target pre-FEC BER needs (the
 * inverse of the M-PAM BER):
 * $$ \mathrm{OMA}_{\mathrm{sens}} = \frac{2 \sigma \, q_{\mathrm{req}}(M, \mathrm{BER})}{R} $$
 * A receiver known only by its datasheet sensitivity gets its noise inferred from it, so its BER
 * at the sensitivity equals the target by construction.
 * @assumes Shot and RIN noise are neglected (PIN receivers at these powers are thermal-noise limited).
 * @valid Responsivity 0.01–20 A/W, noise density 0.1–1000 pA/√Hz, bandwidth 0.01–500 GHz.
 * @ref SACKINGER_BBC RX_NOISE_EST
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
