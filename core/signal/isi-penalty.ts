import { requiredQ } from '../physics/modulation';
import { linearToDb } from '../units';
import { EyeEngine } from './eye-evaluator';
import type { PulseResponse } from './pulse-response';
import { bestPhase, DEFAULT_AMPLITUDE_BINS, DEFAULT_ISI_SYMBOLS } from './statistical-eye';

/**
 * ISI penalty in the manner of TDECQ [IEEE_8023_TDECQ]: the ideal (ISI-free) eye tolerates Gaussian
 * noise σ_ideal = d/(2·Q) at the target BER (OMA = 1, d = 1/(M−1) the level spacing; for PAM4 at
 * SER 4.8e-4, Q = 3.414 and σ_ideal = OMA/(6·Q_t)). The real eye tolerates σ_G, the largest noise
 * at which its best phase and thresholds still meet the target. The penalty is the extra OMA the
 * real eye needs for the same BER:
 *   penalty = 10·log10(σ_ideal / σ_G)  dB,
 * independent of the actual noise level. +Infinity when ISI alone closes the eye (more than
 * `maxPenalty_dB`). The penalty is that of the bare
 * linear channel unless `noiseGain` says an equaliser was applied to the pulse: then σ_G is referred
 * to the equaliser's input, σ_G = σ_G,slicer/‖w‖₂, as TDECQ does.
 */
export interface PenaltySettings {
  readonly levels: number;
  readonly targetBer: number;
  readonly isiSymbols?: number;
  readonly amplitudeBins?: number;
  /** Penalties above this count as a closed eye (+Infinity); default 20 dB. */
  readonly maxPenalty_dB?: number;
  /**
   * Factor by which an equaliser in front of the slicer multiplies white noise (‖w‖₂, see
   * equalizer.ts); the tolerated noise is referred back to its input. Default 1 (none).
   */
  readonly noiseGain?: number;
}

export interface IsiPenalty {
  readonly penalty_dB: number;
  /** Noise σ the ideal eye tolerates, OMA units. */
  readonly sigmaIdeal: number;
  /** Noise σ this eye tolerates (0 when closed), OMA units. */
  readonly sigmaTolerated: number;
  /** Best sampling phase at σ_G, UI from the pulse peak. */
  readonly bestPhase_UI: number;
}

/** A penalty below this (a pulse sharper than the rectangle, c₀ > 1) is not searched. */
const MIN_PENALTY_DB = -1;
/** Search tolerance on log σ: 1e-4 is 0.0004 dB. */
const LOG_SIGMA_TOLERANCE = 1e-4;

/** Noise σ (OMA units) of the ideal eye at the target BER, from the closed-form M-PAM BER. */
export function idealNoiseSigma(levels: number, targetBer: number): number {
  return 1 / (2 * requiredQ(levels, targetBer));
}

export function isiPenaltyOfPulse(pulse: PulseResponse, settings: PenaltySettings): IsiPenalty {
  const { levels, targetBer } = settings;
  const noiseGain = settings.noiseGain ?? 1;
  const sigmaIdeal = idealNoiseSigma(levels, targetBer);
  const maxPenalty = settings.maxPenalty_dB ?? 20;
  const sigmaHigh = sigmaIdeal * 10 ** (-MIN_PENALTY_DB / 10);
  const sigmaLow = sigmaIdeal * 10 ** (-maxPenalty / 10);
  const engine = new EyeEngine(pulse, {
    levels,
    isiSymbols: settings.isiSymbols ?? DEFAULT_ISI_SYMBOLS,
    amplitudeBins: settings.amplitudeBins ?? DEFAULT_AMPLITUDE_BINS,
    noiseSigmaMax: sigmaHigh,
  });
  const n = engine.phases;
  // Locate the best phase once, near the answer; then search σ on the phases around it.
  engine.setNoise(sigmaIdeal * 0.7);
  const centre = bestPhase(engine).phase;
  const reach = Math.max(1, Math.round(n / 8));
  const phases: number[] = [];
  for (let k = -reach; k <= reach; k++) phases.push((((centre + k) % n) + n) % n);

  const evaluate = (sigma: number): { readonly value: number; readonly phase: number } => {
    engine.setNoise(sigma, phases);
    let ber = Number.POSITIVE_INFINITY;
    let phase = centre;
    for (const candidate of phases) {
      const value = engine.bestBerAt(candidate);
      if (value < ber) {
        ber = value;
        phase = candidate;
      }
    }
    return { value: Math.log(Math.max(ber, 1e-300)) - Math.log(targetBer), phase };
  };
  const phaseTime = (phase: number) => engine.table.phases_UI[phase] as number;

  let low = { sigma: sigmaLow, ...evaluate(sigmaLow) };
  if (low.value > 0) {
    return {
      penalty_dB: Number.POSITIVE_INFINITY,
      sigmaIdeal,
      sigmaTolerated: 0,
      bestPhase_UI: phaseTime(low.phase),
    };
  }
  let high = { sigma: sigmaHigh, ...evaluate(sigmaHigh) };
  if (high.value <= 0) {
    return {
      penalty_dB: MIN_PENALTY_DB,
      sigmaIdeal,
      sigmaTolerated: sigmaHigh / noiseGain,
      bestPhase_UI: phaseTime(high.phase),
    };
  }
  // Illinois regula falsi on u = 1/σ², where log BER of a Gaussian tail is nearly linear.
  let side = 0;
  let result = low;
  for (let iteration = 0; iteration < 60; iteration++) {
    const uLow = 1 / low.sigma ** 2;
    const uHigh = 1 / high.sigma ** 2;
    let u = uLow - (low.value * (uHigh - uLow)) / (high.value - low.value);
    if (!(u < uLow && u > uHigh)) u = 0.5 * (uLow + uHigh);
    const sigma = 1 / Math.sqrt(u);
    const point = { sigma, ...evaluate(sigma) };
    if (point.value <= 0) {
      low = point;
      result = point;
      if (side === -1) high = { ...high, value: high.value / 2 };
      side = -1;
    } else {
      high = point;
      if (side === 1) low = { ...low, value: low.value / 2 };
      side = 1;
    }
    if (Math.log(high.sigma / low.sigma) < LOG_SIGMA_TOLERANCE) break;
  }
  return {
    penalty_dB: linearToDb((sigmaIdeal * noiseGain) / result.sigma),
    sigmaIdeal,
    sigmaTolerated: result.sigma / noiseGain,
    bestPhase_UI: phaseTime(result.phase),
  };
}
