import { fftInPlace, nextPowerOfTwo } from './fft';
import { applyFiber, fiberGaussianSpread_ps, type FiberPath } from './fiber-response';
import { applyFilter, type LowPassFilter } from './filters';

/**
 * A lane's linear channel for one symbol: transmitter filter → fibre → receiver filter, all with
 * unit DC gain, driven by a rectangular symbol one unit interval (UI) long.
 */
export interface LaneChannel {
  readonly baud_GBd: number;
  readonly tx: LowPassFilter;
  readonly rx: LowPassFilter;
  /** null: back-to-back (no fibre). */
  readonly fiber: FiberPath | null;
}

/**
 * The sampled pulse response p[n] on a circular buffer of `spanUi` UIs. Because the filters have
 * unit DC gain and the symbol is one UI long, Σ_k p[n + k·samplesPerUi] = 1 at every phase n
 * (the response to an all-ones sequence), up to truncation of the buffer.
 */
export interface PulseResponse {
  readonly baud_GBd: number;
  readonly samplesPerUi: number;
  readonly spanUi: number;
  /** Amplitude per sample (unit OMA symbol), length spanUi·samplesPerUi, circular. */
  readonly samples: Float64Array;
  /** Index of the largest sample: the main cursor at the nominal sampling phase. */
  readonly peakIndex: number;
}

export interface PulseOptions {
  /** Samples per UI, 4…1024 (powers of two keep the FFT exact). */
  readonly samplesPerUi: number;
  /** Buffer length in UI; default: long enough for the slowest element (≥ 32 UI). */
  readonly spanUi?: number;
}

/** A rough RMS duration of the cascade, UI: sets the buffer so the response cannot wrap around. */
function rmsSpread_UI(channel: LaneChannel): number {
  const filterSpread = (filter: LowPassFilter): number =>
    filter.shape === 'none' || !Number.isFinite(filter.bandwidth_GHz)
      ? 0
      : // Gaussian σ_t = 0.1325/f3dB; Bessel–Thomson rings a little longer: count it twice.
        (filter.shape === 'gaussian' ? 0.1325 : 0.265) / filter.bandwidth_GHz;
  const fiber_ns = channel.fiber === null ? 0 : fiberGaussianSpread_ps(channel.fiber) * 1e-3;
  return (
    Math.hypot(filterSpread(channel.tx), filterSpread(channel.rx), fiber_ns) * channel.baud_GBd
  );
}

/** Default buffer length, UI: 32 or enough for ±12 RMS spreads, a power of two, at most 4096. */
export function defaultSpanUi(channel: LaneChannel): number {
  return Math.min(4096, nextPowerOfTwo(Math.max(32, Math.ceil(24 * rmsSpread_UI(channel)) + 16)));
}

/**
 * Pulse response by FFT [CASPER_STATEYE]: the cascade H(f) = H_tx·H_fiber·H_rx sampled on the
 * buffer's frequency grid, inverted to the unit-area impulse response g[n], then summed over one UI
 * (the rectangular symbol): p[n] = Σ_{j<N} g[n − j]. With every element transparent p is exactly
 * the rectangle (no ISI).
 */
export function pulseResponse(channel: LaneChannel, options: PulseOptions): PulseResponse {
  const samplesPerUi = options.samplesPerUi;
  if (!(Number.isInteger(samplesPerUi) && samplesPerUi >= 4 && samplesPerUi <= 1024)) {
    throw new Error(`pulseResponse: samplesPerUi must be an integer 4…1024, got ${samplesPerUi}`);
  }
  if (!(channel.baud_GBd > 0)) {
    throw new Error(`pulseResponse: baud_GBd must be positive, got ${channel.baud_GBd}`);
  }
  const spanUi = options.spanUi ?? defaultSpanUi(channel);
  const length = nextPowerOfTwo(spanUi * samplesPerUi);
  const sampleRate_GHz = channel.baud_GBd * samplesPerUi;
  const frequencies_GHz = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    frequencies_GHz[k] = ((k < length / 2 ? k : k - length) * sampleRate_GHz) / length;
  }
  const real = new Float64Array(length).fill(1);
  const imag = new Float64Array(length);
  applyFilter(channel.tx, frequencies_GHz, real, imag);
  if (channel.fiber !== null) applyFiber(channel.fiber, frequencies_GHz, real, imag);
  applyFilter(channel.rx, frequencies_GHz, real, imag);
  // The Nyquist bin of a real signal must be real.
  imag[length / 2] = 0;
  fftInPlace(real, imag, true);

  // Running sum over one UI, circular: the impulse response of a zero-phase element starts at
  // negative time, which the buffer holds at its end.
  const samples = new Float64Array(length);
  let sum = 0;
  for (let j = 0; j < samplesPerUi; j++) sum += real[(length - j) % length] as number;
  for (let n = 0; n < length; n++) {
    samples[n] = sum;
    sum +=
      (real[(n + 1) % length] as number) -
      (real[(n + 1 - samplesPerUi + length) % length] as number);
  }
  return {
    baud_GBd: channel.baud_GBd,
    samplesPerUi,
    spanUi: length / samplesPerUi,
    samples,
    peakIndex: plateauCentre(samples),
  };
}

/**
 * Index of the maximum; on a flat top (the bare rectangle) the middle of the plateau, so phases
 * are counted from the centre of the symbol.
 */
function plateauCentre(samples: Float64Array): number {
  const length = samples.length;
  let peak = 0;
  for (let n = 1; n < length; n++) if ((samples[n] as number) > (samples[peak] as number)) peak = n;
  const level = (samples[peak] as number) * (1 - 1e-12);
  let after = 0;
  while (after < length && (samples[(peak + after + 1) % length] as number) >= level) after++;
  let before = 0;
  while (before < length && (samples[(peak - before - 1 + length) % length] as number) >= level) {
    before++;
  }
  return (peak + Math.floor((after - before) / 2) + length) % length;
}
