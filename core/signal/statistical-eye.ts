import { EyeEngine } from './eye-evaluator';
import type { PulseResponse } from './pulse-response';

/**
 * @method statistical-eye Statistical eye, bathtubs and the ISI penalty
 * The pulse response p(t) of the lane is the one-UI symbol through the transmitter filter
 * (Gaussian or 4th-order Bessel–Thomson), the fibre (chromatic dispersion, modal bandwidth) and the
 * receiver filter. At each phase the received amplitude is the cursor times the symbol plus the ISI
 * of the neighbours, whose distribution is built cursor by cursor (never all M^N patterns) and
 * convolved with Gaussian noise:
 * $$ y(t_0) = a_0\,p(t_0) + \sum_{k \ne 0} a_k\, p(t_0 - kT) + n, \qquad n \sim \mathcal{N}(0, \sigma^2) $$
 * The ISI penalty, in the manner of TDECQ, is the extra OMA the real eye needs against an ideal one
 * at the same BER (Q_t = 3.414 at SER 4.8e-4 for PAM4):
 * $$ \Pi_{\mathrm{ISI}} = 10 \log_{10} \frac{\sigma_{\mathrm{ideal}}}{\sigma_G}, \qquad \sigma_{\mathrm{ideal}} = \frac{\mathrm{OMA}}{2(M-1)\,Q} $$
 * @assumes Linear channel; equal Gaussian noise on every level; a 5-tap T-spaced reference equaliser as TDECQ.
 * @ref CASPER_STATEYE IEEE_8023_TDECQ THOMSON_1949
 *
 * Statistical eye of an M-PAM lane [CASPER_STATEYE]: for every sampling phase, the distribution
 * of the received amplitude (ISI from a window of neighbours, convolved with Gaussian noise), the
 * BER against phase and threshold, the BER contour at the target, eye height and width there, and
 * both bathtub curves. Amplitudes are in OMA units (the launched outer swing is 1).
 */
export interface EyeSettings {
  /** 2 = NRZ, 4 = PAM4, … */
  readonly levels: number;
  /** RMS Gaussian noise at the decision point, OMA units. */
  readonly noiseSigma: number;
  readonly targetBer: number;
  /** Neighbouring symbols in the ISI window; default 8. */
  readonly isiSymbols?: number;
  /** Amplitude bins (ISI grid and displayed eye); default 256. */
  readonly amplitudeBins?: number;
}

export const DEFAULT_ISI_SYMBOLS = 8;
export const DEFAULT_AMPLITUDE_BINS = 256;

export interface StatisticalEye {
  readonly levels: number;
  readonly targetBer: number;
  readonly noiseSigma: number;
  /** Sampling phases over one UI, time from the pulse peak in UI (the eye is periodic in it). */
  readonly phases_UI: Float64Array;
  /** Displayed amplitudes, OMA units, ascending. */
  readonly amplitudes: Float64Array;
  /** Probability density, row-major [phase][amplitude], per OMA unit (each row integrates to 1). */
  readonly density: Float64Array;
  /**
   * BER map, row-major [phase][amplitude]: the threshold at that amplitude in the sub-eye it falls
   * in, read as the lane BER if every sub-eye were sampled alike, (M−1)·BER_i. Its contour at the
   * target BER is the eye's opening.
   */
  readonly berMap: Float64Array;
  /** Lane BER against phase with the thresholds fixed at their optimum at the best phase. */
  readonly berVsPhase: Float64Array;
  /** The BER map's column at the best phase: BER against threshold. */
  readonly berVsThreshold: Float64Array;
  readonly bestPhaseIndex: number;
  readonly bestPhase_UI: number;
  /** Optimal thresholds at the best phase, OMA units, one per sub-eye. */
  readonly thresholds: Float64Array;
  /** Lane BER at the best phase and thresholds. */
  readonly ber: number;
  /** Vertical opening of each sub-eye at the target BER, OMA units (0 when closed). */
  readonly eyeHeights: Float64Array;
  /** Horizontal opening of each sub-eye at the target BER, UI (0 when closed). */
  readonly eyeWidths_UI: Float64Array;
  /** The smallest sub-eye height and width. */
  readonly eyeHeight: number;
  readonly eyeWidth_UI: number;
  /** True when the lane meets the target BER at the best phase. */
  readonly open: boolean;
  /** Main cursor per phase. */
  readonly mainCursor: Float64Array;
}

/** Where sub-eye `eye`'s equivalent BER crosses `limit` between two thresholds (bisection). */
function crossing(
  engine: EyeEngine,
  phase: number,
  eye: number,
  inside: number,
  outside: number,
  limit: number,
): number {
  const scale = engine.levels - 1;
  let a = inside;
  let b = outside;
  for (let i = 0; i < 40; i++) {
    const mid = 0.5 * (a + b);
    if (scale * engine.subEyeBer(phase, eye, mid) <= limit) a = mid;
    else b = mid;
  }
  return 0.5 * (a + b);
}

/** Phases in the order of their distance from the pulse peak, so ties go to the centre. */
function phasesFromCentre(count: number): number[] {
  const centre = Math.floor(count / 2);
  return Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => Math.abs(a - centre) - Math.abs(b - centre) || a - b,
  );
}

/** The phase with the lowest lane BER (thresholds optimised per phase). */
export function bestPhase(engine: EyeEngine): { readonly phase: number; readonly ber: number } {
  let phase = 0;
  let ber = Number.POSITIVE_INFINITY;
  for (const candidate of phasesFromCentre(engine.phases)) {
    const value = engine.bestBerAt(candidate);
    if (value < ber * (1 - 1e-9)) {
      ber = value;
      phase = candidate;
    }
  }
  return { phase, ber };
}

/** Horizontal opening of sub-eye `eye` at its threshold, UI, walking both ways from the best phase. */
function eyeWidth(
  engine: EyeEngine,
  eye: number,
  best: number,
  threshold: number,
  limit: number,
): number {
  const n = engine.phases;
  const scale = engine.levels - 1;
  const value = (phase: number) => scale * engine.subEyeBer(((phase % n) + n) % n, eye, threshold);
  if (!(value(best) <= limit)) return 0;
  const walk = (direction: 1 | -1): number => {
    let previous = value(best);
    for (let step = 1; step < n; step++) {
      const current = value(best + direction * step);
      if (!(current <= limit)) {
        // Interpolate log BER between the last phase inside and the first outside.
        const a = Math.log(Math.max(previous, 1e-300));
        const b = Math.log(Math.max(current, 1e-300));
        const fraction = b === a ? 0.5 : (Math.log(limit) - a) / (b - a);
        return step - 1 + Math.min(1, Math.max(0, fraction));
      }
      previous = current;
    }
    return n;
  };
  return Math.min(n, walk(1) + walk(-1)) / n;
}

/** Computes the statistical eye of a pulse response. */
export function statisticalEye(pulse: PulseResponse, settings: EyeSettings): StatisticalEye {
  const { levels, noiseSigma, targetBer } = settings;
  const bins = settings.amplitudeBins ?? DEFAULT_AMPLITUDE_BINS;
  if (!(targetBer > 0 && targetBer < 0.5)) {
    throw new Error(`statistical eye: targetBer must be in (0, 0.5), got ${targetBer}`);
  }
  const engine = new EyeEngine(pulse, {
    levels,
    isiSymbols: settings.isiSymbols ?? DEFAULT_ISI_SYMBOLS,
    amplitudeBins: bins,
    noiseSigmaMax: noiseSigma,
  });
  engine.setNoise(noiseSigma);
  const n = engine.phases;
  const subEyes = levels - 1;
  const { phase: best, ber } = bestPhase(engine);
  const thresholds = new Float64Array(subEyes);
  for (let eye = 0; eye < subEyes; eye++)
    thresholds[eye] = engine.bestThreshold(best, eye).threshold;

  // Bathtub against phase, thresholds held.
  const berVsPhase = new Float64Array(n);
  for (let phase = 0; phase < n; phase++) {
    let total = 0;
    for (let eye = 0; eye < subEyes; eye++) {
      total += engine.subEyeBer(phase, eye, thresholds[eye] as number);
    }
    berVsPhase[phase] = total;
  }

  // Heights and widths at the target.
  const eyeHeights = new Float64Array(subEyes);
  const eyeWidths_UI = new Float64Array(subEyes);
  for (let eye = 0; eye < subEyes; eye++) {
    const t = thresholds[eye] as number;
    if (!(subEyes * engine.subEyeBer(best, eye, t) <= targetBer)) continue;
    const top = crossing(engine, best, eye, t, engine.level(best, eye + 1), targetBer);
    const bottom = crossing(engine, best, eye, t, engine.level(best, eye), targetBer);
    eyeHeights[eye] = Math.abs(top - bottom);
    eyeWidths_UI[eye] = eyeWidth(engine, eye, best, t, targetBer);
  }

  // Display grid: every level's ISI spread and 4σ of noise.
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  const window = engine.table.offsets.length;
  for (let phase = 0; phase < n; phase++) {
    let spread = 0;
    for (let i = 0; i < window; i++)
      spread += Math.abs(engine.table.isi[phase * window + i] as number);
    spread *= 0.5;
    const a = engine.level(phase, 0);
    const b = engine.level(phase, levels - 1);
    lowest = Math.min(lowest, Math.min(a, b) - spread);
    highest = Math.max(highest, Math.max(a, b) + spread);
  }
  const pad = 4 * noiseSigma + 0.04 * (highest - lowest);
  lowest -= pad;
  highest += pad;
  const amplitudes = new Float64Array(bins);
  for (let b = 0; b < bins; b++) amplitudes[b] = lowest + ((highest - lowest) * (b + 0.5)) / bins;
  const density = new Float64Array(n * bins);
  const berMap = new Float64Array(n * bins);
  fillDensity(engine, amplitudes, density);
  for (let phase = 0; phase < n; phase++) {
    for (let b = 0; b < bins; b++) {
      const y = amplitudes[b] as number;
      let eye = 0;
      while (eye < subEyes - 1 && y >= engine.level(phase, eye + 1)) eye++;
      berMap[phase * bins + b] = Math.min(1, subEyes * engine.subEyeBer(phase, eye, y));
    }
  }
  const berVsThreshold = berMap.slice(best * bins, (best + 1) * bins);
  return {
    levels,
    targetBer,
    noiseSigma,
    phases_UI: engine.table.phases_UI,
    amplitudes,
    density,
    berMap,
    berVsPhase,
    berVsThreshold,
    bestPhaseIndex: best,
    bestPhase_UI: engine.table.phases_UI[best] as number,
    thresholds,
    ber,
    eyeHeights,
    eyeWidths_UI,
    eyeHeight: Math.min(...eyeHeights),
    eyeWidth_UI: Math.min(...eyeWidths_UI),
    open: ber <= targetBer && Math.min(...eyeHeights) > 0,
    mainCursor: engine.table.main,
  };
}

/**
 * Density of the received amplitude: the noisy ISI density (the derivative of its lower tail)
 * placed at every level, each with probability 1/M.
 */
function fillDensity(engine: EyeEngine, amplitudes: Float64Array, density: Float64Array): void {
  const bins = amplitudes.length;
  const { points, step, centre } = engine.grid;
  for (let phase = 0; phase < engine.phases; phase++) {
    for (let m = 0; m < engine.levels; m++) {
      const level = engine.level(phase, m);
      for (let b = 0; b < bins; b++) {
        const x = ((amplitudes[b] as number) - level) / step + centre;
        if (x < 1 || x > points - 2) continue;
        const ahead = engine.fallShort(phase, m, (amplitudes[b] as number) + 0.5 * step);
        const behind = engine.fallShort(phase, m, (amplitudes[b] as number) - 0.5 * step);
        density[phase * bins + b] =
          (density[phase * bins + b] as number) + (ahead - behind) / step / engine.levels;
      }
    }
  }
}
