import type { PulseResponse } from './pulse-response';

/**
 * The pulse response read once per UI at every sampling phase: the main cursor c₀ and a window of
 * neighbouring cursors c_k (k ≠ 0) whose symbols make the ISI. Phases run over one UI around the
 * peak: phase index φ ∈ [0, N) ↔ time (φ − N/2)/N UI from the peak.
 */
export interface CursorTable {
  readonly samplesPerUi: number;
  /** Time of each phase from the pulse peak, UI: (φ − N/2)/N. */
  readonly phases_UI: Float64Array;
  /** Cursor offsets k of the window, main (0) excluded, e.g. −2, −1, 1, 2, … */
  readonly offsets: Int32Array;
  /** Main cursor c₀ per phase. */
  readonly main: Float64Array;
  /** Window cursors per phase, row-major [phase][offset]. */
  readonly isi: Float64Array;
  /**
   * Sum of all cursors outside the window (and c₀ excluded) per phase: their symbols are taken at
   * the mean level, a constant offset.
   */
  readonly outside: Float64Array;
}

/**
 * Chooses how many of `isiSymbols` neighbours precede the main cursor: the split that captures the
 * most |c_k| at the peak phase (a causal response puts most of them after, a zero-phase one
 * around it).
 */
export function precursorCount(pulse: PulseResponse, isiSymbols: number): number {
  const { samples, samplesPerUi, peakIndex } = pulse;
  const length = samples.length;
  const at = (k: number) =>
    Math.abs(samples[(((peakIndex + k * samplesPerUi) % length) + length) % length] as number);
  let best = 0;
  let bestSum = -1;
  for (let pre = 0; pre <= isiSymbols; pre++) {
    let sum = 0;
    for (let k = -pre; k <= isiSymbols - pre; k++) if (k !== 0) sum += at(k);
    // Prefer post-cursors on ties: a physical channel's tail is after the peak.
    if (sum > bestSum + 1e-15) {
      best = pre;
      bestSum = sum;
    }
  }
  return best;
}

/** Cursors at every phase for an ISI window of `isiSymbols` neighbours (0 … spanUi − 1). */
export function cursorTable(pulse: PulseResponse, isiSymbols: number): CursorTable {
  const { samples, samplesPerUi, peakIndex } = pulse;
  const length = samples.length;
  const window = Math.max(0, Math.min(isiSymbols, pulse.spanUi - 1));
  const pre = precursorCount(pulse, window);
  const offsets = new Int32Array(window);
  for (let i = 0, k = -pre; k <= window - pre; k++) if (k !== 0) offsets[i++] = k;
  const main = new Float64Array(samplesPerUi);
  const isi = new Float64Array(samplesPerUi * window);
  const outside = new Float64Array(samplesPerUi);
  const phases_UI = new Float64Array(samplesPerUi);
  const half = Math.floor(samplesPerUi / 2);
  const sample = (index: number) => samples[((index % length) + length) % length] as number;
  for (let phase = 0; phase < samplesPerUi; phase++) {
    const index = peakIndex + phase - half;
    phases_UI[phase] = (phase - half) / samplesPerUi;
    let total = 0;
    for (let k = 0; k < pulse.spanUi; k++) total += sample(index + k * samplesPerUi);
    const c0 = sample(index);
    main[phase] = c0;
    let inWindow = 0;
    for (let i = 0; i < window; i++) {
      const c = sample(index + (offsets[i] as number) * samplesPerUi);
      isi[phase * window + i] = c;
      inWindow += c;
    }
    outside[phase] = total - c0 - inWindow;
  }
  return { samplesPerUi, phases_UI, offsets, main, isi, outside };
}
