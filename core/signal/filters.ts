import { qInverse } from '../physics/q-function';

/**
 * Standard low-pass shapes for the transmitter and receiver of a lane, each set by its −3 dB
 * frequency (|H| = 1/√2, electrical). Responses are complex, H(0) = 1 (unit-area impulse response).
 *
 * - Gaussian [GAUSSIAN_FILTER]: |H(f)| = exp(−(ln 2/2)·(f/f3dB)²), zero phase (its linear-phase
 *   delay is dropped; the pulse response is re-aligned on its peak anyway).
 * - 4th-order Bessel–Thomson [THOMSON_1949]: H(s) = 105/(s⁴ + 10s³ + 45s² + 105s + 105) with
 *   s = jω/ω_n and ω_n chosen so that |H| is −3 dB at f3dB. Causal, maximally flat group delay; the
 *   reference receiver of IEEE TDECQ at 0.5× baud [IEEE_8023_TDECQ].
 * - 'none': H = 1 (an infinitely fast element).
 */
export const filterShapes = ['gaussian', 'bessel-thomson', 'none'] as const;
export type FilterShape = (typeof filterShapes)[number];

export interface LowPassFilter {
  readonly shape: FilterShape;
  /** −3 dB frequency, GHz; ignored for 'none'. Infinity behaves like 'none'. */
  readonly bandwidth_GHz: number;
}

/** |H|² of the Bessel–Thomson prototype at normalised angular frequency Ω (rad/s, delay 1 s). */
function besselPrototypePower(omega: number): number {
  const w2 = omega * omega;
  const re = w2 * w2 - 45 * w2 + 105;
  const im = 105 * omega - 10 * w2 * omega;
  return (105 * 105) / (re * re + im * im);
}

/**
 * −3 dB angular frequency of the 4th-order Bessel–Thomson prototype (≈ 2.1139 rad/s), solved once
 * by bisection: |H|² falls monotonically through ½ between 1 and 4 rad/s.
 */
export const BESSEL_THOMSON_PROTOTYPE_W3DB = ((): number => {
  let low = 1;
  let high = 4;
  for (let i = 0; i < 80; i++) {
    const mid = 0.5 * (low + high);
    if (besselPrototypePower(mid) > 0.5) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
})();

/** Gaussian exponent: |H| = exp(−GAUSSIAN_EXPONENT·(f/f3dB)²) is 1/√2 at f3dB. */
const GAUSSIAN_EXPONENT = Math.LN2 / 2;

function isTransparent(filter: LowPassFilter): boolean {
  return filter.shape === 'none' || filter.bandwidth_GHz === Number.POSITIVE_INFINITY;
}

/**
 * Complex response H(f) at `frequency_GHz` (either sign: H(−f) = H(f)*), returned as [re, im].
 * Valid for bandwidth_GHz > 0.
 */
export function filterResponse(
  filter: LowPassFilter,
  frequency_GHz: number,
): readonly [number, number] {
  if (isTransparent(filter)) return [1, 0];
  const ratio = frequency_GHz / filter.bandwidth_GHz;
  if (filter.shape === 'gaussian') return [Math.exp(-GAUSSIAN_EXPONENT * ratio * ratio), 0];
  const omega = ratio * BESSEL_THOMSON_PROTOTYPE_W3DB;
  const w2 = omega * omega;
  const re = w2 * w2 - 45 * w2 + 105;
  const im = 105 * omega - 10 * w2 * omega;
  const scale = 105 / (re * re + im * im);
  return [re * scale, -im * scale];
}

/**
 * Multiplies (real, imag) in place by H at each frequency of `frequencies_GHz` — the cascade of a
 * lane's elements is built by calling this once per element.
 */
export function applyFilter(
  filter: LowPassFilter,
  frequencies_GHz: Float64Array,
  real: Float64Array,
  imag: Float64Array,
): void {
  if (isTransparent(filter)) return;
  for (let k = 0; k < frequencies_GHz.length; k++) {
    const [hr, hi] = filterResponse(filter, frequencies_GHz[k] as number);
    const xr = real[k] as number;
    const xi = imag[k] as number;
    real[k] = xr * hr - xi * hi;
    imag[k] = xr * hi + xi * hr;
  }
}

/**
 * Group delay −dφ/dω of a filter, ps. Gaussian and 'none' are zero-phase (0 ps). For Bessel–Thomson
 * with D(jΩ) = a + jb: τ = (a·b′ − b·a′)/(a² + b²)/ω_n, which is 1/ω_n at DC.
 */
export function groupDelay_ps(filter: LowPassFilter, frequency_GHz: number): number {
  if (isTransparent(filter) || filter.shape === 'gaussian') return 0;
  const omegaN_rad_per_ps =
    (2 * Math.PI * filter.bandwidth_GHz * 1e-3) / BESSEL_THOMSON_PROTOTYPE_W3DB;
  const omega = (frequency_GHz / filter.bandwidth_GHz) * BESSEL_THOMSON_PROTOTYPE_W3DB;
  const w2 = omega * omega;
  const a = w2 * w2 - 45 * w2 + 105;
  const b = 105 * omega - 10 * w2 * omega;
  const da = 4 * w2 * omega - 90 * omega;
  const db = 105 - 30 * w2;
  return (a * db - b * da) / (a * a + b * b) / omegaN_rad_per_ps;
}

/**
 * 20–80 % rise time × f3dB of a Gaussian filter: the step response is the Gaussian CDF with
 * σ_t = √(ln 2)/(2π·f3dB), and 20→80 % spans 2·Q⁻¹(0.2)·σ_t, so t_r·f3dB = 0.2230 [GAUSSIAN_FILTER].
 */
export const GAUSSIAN_RISE_TIME_20_80_TIMES_F3DB =
  (2 * qInverse(0.2) * Math.sqrt(Math.LN2)) / (2 * Math.PI);

/** −3 dB bandwidth (GHz) of a Gaussian element with a given 20–80 % rise time (ps). */
export function gaussianBandwidthFromRiseTime_GHz(riseTime20to80_ps: number): number {
  return (GAUSSIAN_RISE_TIME_20_80_TIMES_F3DB / riseTime20to80_ps) * 1e3;
}
