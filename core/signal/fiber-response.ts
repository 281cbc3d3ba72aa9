import { chromaticSpread_ps, modalSpread_ps } from '../physics/dispersion-penalty';
import { SPEED_OF_LIGHT_M_PER_S } from '../physics/constants';
import { M_PER_NM, mToKm } from '../units';

/**
 * The fibre as a linear intensity (small-signal) filter [AGRAWAL_FOCS]:
 *
 *   H(f) = cos(π·D·L·λ²·f²/c) · exp(−2π²·σ_c²·f²) · exp(−2π²·σ_m²·f²)
 *
 * - cos(…): chromatic dispersion acting on the modulation sidebands of a chirp-free narrow source
 *   (power fading; the first null is far above the symbol rate for datacentre O-band links);
 * - σ_c = |D|·L·σ_λ: the Gaussian broadening by the source's own RMS width (incl. chirp);
 * - σ_m = 0.1874·L/EMB: the modal response of a multimode fibre, a Gaussian whose optical (power)
 *   response is ½ at EMB/L — the same reading as the link budget's modal penalty.
 * All three are real (zero phase): the common group delay is irrelevant to the eye.
 */
export interface FiberPath {
  readonly length_m: number;
  readonly wavelength_nm: number;
  readonly dispersion_ps_per_nm_km: number;
  /** RMS source spectral width incl. chirp, nm (the Tx field of the design). */
  readonly sourceRmsWidth_nm: number;
  /** Effective modal bandwidth, MHz·km, or null for single-mode fibre. */
  readonly modalBandwidth_MHz_km: number | null;
}

/** RMS Gaussian spread of the path (source-width CD and modal, in quadrature), ps. */
export function fiberGaussianSpread_ps(path: FiberPath): number {
  const length_km = mToKm(path.length_m);
  const chromatic = chromaticSpread_ps(
    path.dispersion_ps_per_nm_km,
    length_km,
    path.sourceRmsWidth_nm,
  );
  const modal =
    path.modalBandwidth_MHz_km === null ? 0 : modalSpread_ps(path.modalBandwidth_MHz_km, length_km);
  return Math.hypot(chromatic, modal);
}

/** Coefficient k of the fading term cos(k·f²), 1/GHz², for D·L at λ. */
function fadingCoefficient_per_GHz2(path: FiberPath): number {
  const dispersion_s_per_m = (path.dispersion_ps_per_nm_km * 1e-12 * mToKm(path.length_m)) / 1e-9;
  const wavelength_m = path.wavelength_nm * M_PER_NM;
  // π·D·L·λ²/c in s²; f in GHz → × 1e18.
  return ((Math.PI * dispersion_s_per_m * wavelength_m ** 2) / SPEED_OF_LIGHT_M_PER_S.value) * 1e18;
}

/** The fibre's intensity response at `frequency_GHz` (real). */
export function fiberResponse(path: FiberPath, frequency_GHz: number): number {
  const sigma_ns = fiberGaussianSpread_ps(path) * 1e-3;
  const f2 = frequency_GHz * frequency_GHz;
  return (
    Math.cos(fadingCoefficient_per_GHz2(path) * f2) *
    Math.exp(-2 * Math.PI * Math.PI * sigma_ns * sigma_ns * f2)
  );
}

/** Multiplies (real, imag) in place by the fibre response at each frequency. */
export function applyFiber(
  path: FiberPath,
  frequencies_GHz: Float64Array,
  real: Float64Array,
  imag: Float64Array,
): void {
  if (path.length_m <= 0) return;
  const sigma_ns = fiberGaussianSpread_ps(path) * 1e-3;
  const gauss = -2 * Math.PI * Math.PI * sigma_ns * sigma_ns;
  const fading = fadingCoefficient_per_GHz2(path);
  for (let k = 0; k < frequencies_GHz.length; k++) {
    const f = frequencies_GHz[k] as number;
    const f2 = f * f;
    const h = Math.cos(fading * f2) * Math.exp(gauss * f2);
    real[k] = (real[k] as number) * h;
    imag[k] = (imag[k] as number) * h;
  }
}
