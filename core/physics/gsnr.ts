import { dBToLinear, linearToDb } from '../units';
import { photonEnergy_J } from './light';
import { OSNR_REFERENCE_BANDWIDTH_HZ } from './osnr';

/**
 * @method gsnr Generalised SNR: ASE, NLI and the transceiver, combined
 * Every noise is referred to the span input in the CUT's signal bandwidth B (the symbol rate, as
 * GNPy). An amplifier of noise figure NF that makes up a span loss A adds, as GNPy's `Edfa`,
 * P_ASE = h·ν·B·NF at its input, i.e. h·ν·B·NF·A at the span input; the span's NLI is η·P³. N
 * identical spans add both, so with P the launch power per channel
 * $$ \mathrm{SNR}_{\mathrm{ASE}} = \frac{P}{N P_{\mathrm{ASE}}}, \quad \mathrm{SNR}_{\mathrm{NLI}} = \frac{1}{N \eta P^2}, \quad \frac{1}{\mathrm{GSNR}} = \frac{1}{\mathrm{SNR}_{\mathrm{ASE}}} + \frac{1}{\mathrm{SNR}_{\mathrm{NLI}}} $$
 * The transceiver's own noise adds the same way: the transmitter's in-band OSNR (quoted in
 * 0.1 nm, converted by B/12.5 GHz as GNPy's `snr_sum`) and, unless the required OSNR was measured
 * with it, the receiver's implementation SNR (in B). Quantities in 0.1 nm are the same ratios
 * scaled by B/B_ref: X₀.₁ = X_B + 10·log10(B / 12.5 GHz) dB. GSNR(P) peaks once, where
 * d/dP of P/(P_ASE + ηP³) vanishes:
 * $$ P_{\mathrm{opt}} = \left(\frac{P_{\mathrm{ASE}}}{2\eta}\right)^{1/3}, \qquad \mathrm{SNR}_{\mathrm{NLI}}(P_{\mathrm{opt}}) = 2\,\mathrm{SNR}_{\mathrm{ASE}}(P_{\mathrm{opt}}) $$
 * The transceiver terms do not depend on P, so the optimum stays where it is.
 * @assumes Identical spans, each fully compensated by one amplifier; flat launch power.
 * @valid As the GN model; B_ref = 12.5 GHz (0.1 nm at 1550 nm).
 * @ref GNPY_SCIENCE_UTILS POGGIOLINI_GN OSNR_58_RULE
 */
export interface LineNoise {
  /** ASE power per span referred to the span input, W in the signal bandwidth. */
  readonly ase_W: number;
  /** NLI efficiency per span, 1/W² (0 without the GN model). */
  readonly eta_per_W2: number;
  readonly spans: number;
  readonly baud_GBd: number;
}

export function spanAse_W(
  wavelength_nm: number,
  baud_GBd: number,
  noiseFigure_dB: number,
  spanLoss_dB: number,
): number {
  return (
    photonEnergy_J(wavelength_nm) *
    baud_GBd *
    1e9 *
    dBToLinear(noiseFigure_dB) *
    dBToLinear(spanLoss_dB)
  );
}

/** SNRs (linear, signal bandwidth) at a launch power per channel, W. */
export function lineSnrs(line: LineNoise, launch_W: number) {
  const ase = launch_W / (line.spans * line.ase_W);
  const nli =
    line.eta_per_W2 > 0
      ? 1 / (line.spans * line.eta_per_W2 * launch_W ** 2)
      : Number.POSITIVE_INFINITY;
  return { ase, nli, gsnr: 1 / (1 / ase + 1 / nli) };
}

/** dB in the signal bandwidth → dB in 0.1 nm, and back. */
export function signalToReference_dB(snr_dB: number, baud_GBd: number): number {
  return snr_dB + linearToDb((baud_GBd * 1e9) / OSNR_REFERENCE_BANDWIDTH_HZ);
}
export function referenceToSignal_dB(osnr_dB: number, baud_GBd: number): number {
  return osnr_dB - linearToDb((baud_GBd * 1e9) / OSNR_REFERENCE_BANDWIDTH_HZ);
}

/** 1/Σ(1/x): noises that add. Infinite terms (no such noise) drop out. */
export function combineSnrs(...snrs: readonly number[]): number {
  return 1 / snrs.reduce((sum, snr) => sum + 1 / snr, 0);
}

/** The launch power per channel that maximises the GSNR, W (Infinity without NLI). */
export function optimumLaunch_W(line: LineNoise): number {
  if (!(line.eta_per_W2 > 0)) return Number.POSITIVE_INFINITY;
  return Math.cbrt(line.ase_W / (2 * line.eta_per_W2));
}
