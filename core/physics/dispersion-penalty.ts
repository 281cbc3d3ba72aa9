import { M_PER_NM, SPEED_OF_LIGHT } from './light';

/**
 * @method broadening-penalty Dispersion and modal-bandwidth penalties
 * The fibre spreads each symbol by an RMS time σ. Chromatic dispersion gives a spread from the
 * effective spectral width (source width with chirp, and the modulation's own Nyquist width, in
 * quadrature); the modal bandwidth EMB/L, read as a Gaussian response, gives the modal spread:
 * $$ \sigma_c = |D|\, L\, \sigma_\lambda, \qquad \sigma_m = \frac{\sqrt{\ln 2 / 2}}{\pi} \cdot \frac{L}{\mathrm{EMB}} $$
 * The power penalty at symbol rate B for the combined spread is Agrawal's criterion for Gaussian
 * pulse broadening, infinite (eye closed) once 4Bσ reaches one:
 * $$ \delta(\sigma) = -5 \log_{10}\!\left(1 - (4 B \sigma)^2\right), \qquad \sigma = \sqrt{\sigma_c^2 + \sigma_m^2} $$
 * It is split between dispersion and modal bandwidth in proportion to σ_c² and σ_m².
 * @assumes Gaussian pulse broadening; applied at the symbol rate for M-PAM (the statistical eye models PAM-specific ISI).
 * @valid 4Bσ < 1; beyond that the link cannot close at that length.
 * @ref AGRAWAL_FOCS VCSEL_WIDTH_EST DFB_WIDTH_EST
 */

/** σ = GAUSSIAN_SIGMA_TIMES_F3DB / f3dB for a Gaussian power response: √(ln 2 / 2) / π. */
export const GAUSSIAN_SIGMA_TIMES_F3DB = Math.sqrt(Math.LN2 / 2) / Math.PI;

/** Agrawal's limit: 4·B·σ must stay below one. */
export const BROADENING_LIMIT_PER_BAUD = 4;

/**
 * Effective RMS spectral width, nm: the source width (with chirp) and the modulation's own
 * spectrum (half the symbol rate, the Nyquist bandwidth, expressed in wavelength) in quadrature.
 */
export function effectiveSpectralWidth_nm(
  sourceRmsWidth_nm: number,
  wavelength_nm: number,
  baud_GBd: number,
): number {
  const wavelength_m = wavelength_nm * M_PER_NM;
  const modulationWidth_m = (wavelength_m ** 2 * (baud_GBd * 1e9 * 0.5)) / SPEED_OF_LIGHT;
  const modulationWidth_nm = modulationWidth_m / M_PER_NM;
  return Math.hypot(sourceRmsWidth_nm, modulationWidth_nm);
}

/** RMS spread from chromatic dispersion, ps. */
export function chromaticSpread_ps(
  dispersion_ps_per_nm_km: number,
  length_km: number,
  spectralWidth_nm: number,
): number {
  return Math.abs(dispersion_ps_per_nm_km) * length_km * spectralWidth_nm;
}

/** RMS spread from the modal bandwidth of a multimode fibre, ps. */
export function modalSpread_ps(modalBandwidth_MHz_km: number, length_km: number): number {
  if (length_km <= 0) return 0;
  const f3dB_Hz = (modalBandwidth_MHz_km * 1e6) / length_km;
  return (GAUSSIAN_SIGMA_TIMES_F3DB / f3dB_Hz) * 1e12;
}

/** Agrawal's broadening penalty, dB, for an RMS spread `spread_ps` at `baud_GBd`. */
export function broadeningPenalty_dB(spread_ps: number, baud_GBd: number): number {
  const x = BROADENING_LIMIT_PER_BAUD * baud_GBd * 1e9 * spread_ps * 1e-12;
  if (x >= 1) return Number.POSITIVE_INFINITY;
  return -5 * Math.log10(1 - x * x);
}

/** The spread at which the penalty becomes infinite, ps. */
export function maximumSpread_ps(baud_GBd: number): number {
  return 1 / (BROADENING_LIMIT_PER_BAUD * baud_GBd * 1e9) / 1e-12;
}

export interface FiberPenalties {
  readonly dispersion_dB: number;
  readonly modal_dB: number;
}

/**
 * Splits the penalty of the combined spread √(σ_c² + σ_m²) between dispersion and modal bandwidth
 * in proportion to their variances σ_c² and σ_m². The variances add, so this attribution does not
 * depend on which term is counted first, nor on how far from the wall the link sits.
 */
export function fiberPenalties(
  chromatic_ps: number,
  modal_ps: number,
  baud_GBd: number,
): FiberPenalties {
  const variance = chromatic_ps ** 2 + modal_ps ** 2;
  if (variance === 0) return { dispersion_dB: 0, modal_dB: 0 };
  const total_dB = broadeningPenalty_dB(Math.sqrt(variance), baud_GBd);
  const chromaticShare = chromatic_ps ** 2 / variance;
  if (!Number.isFinite(total_dB)) {
    return chromaticShare >= 0.5
      ? { dispersion_dB: total_dB, modal_dB: 0 }
      : { dispersion_dB: 0, modal_dB: total_dB };
  }
  return { dispersion_dB: total_dB * chromaticShare, modal_dB: total_dB * (1 - chromaticShare) };
}
