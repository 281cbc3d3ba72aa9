import type { PulseResponse } from './pulse-response';

/**
 * A T-spaced feed-forward equaliser, as in the TDECQ reference receiver (5 taps) [IEEE_8023_TDECQ].
 * Taps are the MMSE solution for the pulse's cursors at its peak phase,
 *   w = (HᵀH + λ·I)⁻¹·Hᵀ·e,   λ = σ²/var(a),
 * normalised to unit DC gain (Σw = 1, so levels keep their place on the eye). White noise at the
 * slicer grows by the noise gain ‖w‖₂, which the eye and the penalty account for.
 */
export interface Equalizer {
  readonly taps: Float64Array;
  /** Index of the main tap in `taps`. */
  readonly mainTap: number;
  /** ‖w‖₂ with Σw = 1: the factor on white noise σ. */
  readonly noiseGain: number;
}

/** Variance of equiprobable M-PAM symbols spread over an OMA of 1: (M+1)/(12(M−1)). */
export function symbolVariance(levels: number): number {
  return (levels + 1) / (12 * (levels - 1));
}

/** Solves the small dense system A·x = b in place (Gaussian elimination, partial pivoting). */
function solve(matrix: Float64Array, vector: Float64Array, size: number): Float64Array {
  const a = matrix.slice();
  const x = vector.slice();
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++) {
      if (Math.abs(a[row * size + col] as number) > Math.abs(a[pivot * size + col] as number)) {
        pivot = row;
      }
    }
    if (pivot !== col) {
      for (let k = 0; k < size; k++) {
        const t = a[col * size + k] as number;
        a[col * size + k] = a[pivot * size + k] as number;
        a[pivot * size + k] = t;
      }
      const t = x[col] as number;
      x[col] = x[pivot] as number;
      x[pivot] = t;
    }
    const diagonal = a[col * size + col] as number;
    for (let row = col + 1; row < size; row++) {
      const factor = (a[row * size + col] as number) / diagonal;
      if (factor === 0) continue;
      for (let k = col; k < size; k++) {
        a[row * size + k] = (a[row * size + k] as number) - factor * (a[col * size + k] as number);
      }
      x[row] = (x[row] as number) - factor * (x[col] as number);
    }
  }
  for (let row = size - 1; row >= 0; row--) {
    let sum = x[row] as number;
    for (let k = row + 1; k < size; k++) sum -= (a[row * size + k] as number) * (x[k] as number);
    x[row] = sum / (a[row * size + row] as number);
  }
  return x;
}

/**
 * MMSE taps for `tapCount` taps (one before the main tap when there are three or more) against
 * noise σ (OMA units) and M levels.
 */
export function designEqualizer(
  pulse: PulseResponse,
  tapCount: number,
  noiseSigma: number,
  levels: number,
): Equalizer {
  if (!(Number.isInteger(tapCount) && tapCount >= 1 && tapCount <= 31)) {
    throw new Error(`equalizer: tapCount must be an integer 1…31, got ${tapCount}`);
  }
  const mainTap = tapCount >= 3 ? 1 : 0;
  const { samples, samplesPerUi, peakIndex } = pulse;
  const length = samples.length;
  const cursor = (k: number) =>
    samples[(((peakIndex + k * samplesPerUi) % length) + length) % length] as number;
  // Output cursors k = −span … span around the decision; column j is the tap delayed by j − main.
  const span = Math.min(Math.floor(pulse.spanUi / 2) - 1, 24 + tapCount);
  const lambda = (noiseSigma * noiseSigma) / symbolVariance(levels);
  const normal = new Float64Array(tapCount * tapCount);
  const right = new Float64Array(tapCount);
  for (let i = 0; i < tapCount; i++) {
    for (let j = 0; j < tapCount; j++) {
      let sum = 0;
      for (let k = -span; k <= span; k++) {
        sum += cursor(k - (i - mainTap)) * cursor(k - (j - mainTap));
      }
      normal[i * tapCount + j] = sum + (i === j ? lambda : 0);
    }
    right[i] = cursor(-(i - mainTap));
  }
  const taps = solve(normal, right, tapCount);
  let dc = 0;
  for (const w of taps) dc += w;
  let power = 0;
  for (let i = 0; i < tapCount; i++) {
    taps[i] = (taps[i] as number) / dc;
    power += (taps[i] as number) ** 2;
  }
  return { taps, mainTap, noiseGain: Math.sqrt(power) };
}

/** The pulse after the equaliser: q[n] = Σ_j w_j·p[n − (j − main)·N]. */
export function equalizePulse(pulse: PulseResponse, equalizer: Equalizer): PulseResponse {
  const { samples, samplesPerUi } = pulse;
  const length = samples.length;
  const out = new Float64Array(length);
  equalizer.taps.forEach((w, j) => {
    const delay = (j - equalizer.mainTap) * samplesPerUi;
    for (let n = 0; n < length; n++) {
      out[n] =
        (out[n] as number) + w * (samples[(((n - delay) % length) + length) % length] as number);
    }
  });
  let peakIndex = 0;
  for (let n = 1; n < length; n++)
    if ((out[n] as number) > (out[peakIndex] as number)) peakIndex = n;
  // Keep the reference on the original peak when the equalised one is flat-topped there.
  if ((out[pulse.peakIndex] as number) >= (out[peakIndex] as number) * (1 - 1e-12)) {
    peakIndex = pulse.peakIndex;
  }
  return { ...pulse, samples: out, peakIndex };
}
