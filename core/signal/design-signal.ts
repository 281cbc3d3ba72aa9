import type { ImddLinkResult } from '../link/results';
import type { ImddDesign } from '../scenario/schema';
import { dBToLinear } from '../units';
import { isiPenaltyOfPulse, type IsiPenalty } from './isi-penalty';
import { DEFAULT_EQUALIZER_TAPS } from './lane-signal';
import {
  designLaneChannel,
  designNoiseSigma,
  designRxFilter,
  designTargetBer,
  receivedOmaBeforePenalties_dBm,
  type SignalOverrides,
} from './lane-signal';
import { designEqualizer, equalizePulse, type Equalizer } from './equalizer';
import { idealNoiseSigma } from './isi-penalty';
import { pulseResponse, type LaneChannel, type PulseResponse } from './pulse-response';
import { statisticalEye, type StatisticalEye } from './statistical-eye';
import { tabulatedIsiPenalty } from './isi-table';

/** Resolution of the penalty for the link budget: fast enough to tabulate over length. */
export const PENALTY_SAMPLES_PER_UI = 32;
export const PENALTY_AMPLITUDE_BINS = 256;

/** Resolution of the displayed eye (the benchmark case: 64 × 256, 8 neighbours). */
export const EYE_SAMPLES_PER_UI = 64;

/**
 * The ISI penalty of a design at a length, dB (TDECQ-style, see isi-penalty.ts): Tx filter, fibre
 * (chromatic dispersion and modal bandwidth as the design's penalty toggles say) and Rx filter, at
 * the design's modulation and pre-FEC BER target. +Infinity when ISI closes the eye.
 */
export function isiPenalty_dB(
  design: ImddDesign,
  length_m: number,
  overrides: SignalOverrides = {},
): number {
  return designIsiPenalty(design, length_m, overrides).penalty_dB;
}

export function designIsiPenalty(
  design: ImddDesign,
  length_m: number,
  overrides: SignalOverrides = {},
): IsiPenalty {
  return channelIsiPenalty(
    designLaneChannel(design, length_m, overrides),
    design.lane.pam_levels,
    designTargetBer(design),
    overrides.equalizerTaps ?? DEFAULT_EQUALIZER_TAPS.value,
  );
}

/** The ISI penalty of a lane channel at a modulation, BER target and reference-equaliser taps. */
export function channelIsiPenalty(
  channel: LaneChannel,
  levels: number,
  targetBer: number,
  taps: number,
): IsiPenalty {
  const { pulse, equalizer } = channelPulse(
    channel,
    levels,
    targetBer,
    taps,
    PENALTY_SAMPLES_PER_UI,
  );
  return isiPenaltyOfPulse(pulse, {
    levels,
    targetBer,
    amplitudeBins: PENALTY_AMPLITUDE_BINS,
    noiseGain: equalizer?.noiseGain ?? 1,
  });
}

/**
 * The design's pulse response at a length, after the reference equaliser when it has taps (MMSE
 * taps for the ideal eye's noise at the target BER, so eye and penalty share one equaliser).
 */
export function designPulse(
  design: ImddDesign,
  length_m: number,
  overrides: SignalOverrides,
  samplesPerUi: number,
): { readonly pulse: PulseResponse; readonly equalizer: Equalizer | null } {
  return channelPulse(
    designLaneChannel(design, length_m, overrides),
    design.lane.pam_levels,
    designTargetBer(design),
    overrides.equalizerTaps ?? DEFAULT_EQUALIZER_TAPS.value,
    samplesPerUi,
  );
}

function channelPulse(
  channel: LaneChannel,
  levels: number,
  targetBer: number,
  taps: number,
  samplesPerUi: number,
): { readonly pulse: PulseResponse; readonly equalizer: Equalizer | null } {
  const raw = pulseResponse(channel, { samplesPerUi });
  if (taps <= 0) return { pulse: raw, equalizer: null };
  const equalizer = designEqualizer(raw, taps, idealNoiseSigma(levels, targetBer), levels);
  return { pulse: equalizePulse(raw, equalizer), equalizer };
}

/**
 * The penalty as a function of length for one design, for the budget's margin curve and reach
 * solver: its family's shared grid (isi-table.ts), within 0.01 dB of the direct computation.
 */
export function prepareIsiPenalty(
  design: ImddDesign,
  overrides: SignalOverrides = {},
): (length_m: number) => number {
  return tabulatedIsiPenalty(design, overrides, channelPenalty_dB);
}

export function channelPenalty_dB(
  channel: LaneChannel,
  levels: number,
  targetBer: number,
  taps: number,
): number {
  return channelIsiPenalty(channel, levels, targetBer, taps).penalty_dB;
}

/** What the Signal view asks for: the design's eye at a length, with local changes. */
export interface DesignEyeRequest {
  readonly length_m: number;
  readonly overrides?: SignalOverrides;
  /** Extra noise on top of the design's, dB of σ² (0 = the design's noise). */
  readonly noiseOffset_dB?: number;
  readonly samplesPerUi?: number;
  readonly amplitudeBins?: number;
  readonly isiSymbols?: number;
}

export interface DesignEye {
  /** The pulse response the eye is built from (after the equaliser, if any). */
  readonly pulse: PulseResponse;
  readonly equalizer: Equalizer | null;
  readonly eye: StatisticalEye;
  readonly penalty: IsiPenalty;
  /** OMA at the receiver before penalties, dBm. */
  readonly receivedOma_dBm: number;
  /** Noise σ at the receiver's input, OMA units (the eye's is this × the equaliser's noise gain). */
  readonly noiseSigma: number;
  /**
   * Margin of the eye itself, dB: how much the OMA could fall before the eye misses the target,
   * 10·log10(σ_G/σ). Equals the budget's margin when the budget models ISI with this penalty.
   */
  readonly eyeMargin_dB: number;
}

/** The statistical eye and ISI penalty of a design at a length, at its received OMA. */
export function designEye(
  design: ImddDesign,
  result: ImddLinkResult,
  request: DesignEyeRequest,
): DesignEye {
  const overrides = request.overrides ?? {};
  const channel = designLaneChannel(design, request.length_m, overrides);
  const { pulse, equalizer } = designPulse(
    design,
    request.length_m,
    overrides,
    request.samplesPerUi ?? EYE_SAMPLES_PER_UI,
  );
  const receivedOma_dBm = receivedOmaBeforePenalties_dBm(result, request.length_m);
  const rxRatio = channel.rx.bandwidth_GHz / designRxFilter(design).bandwidth_GHz;
  const noiseSigma =
    designNoiseSigma(design, receivedOma_dBm, Number.isFinite(rxRatio) ? rxRatio : 1) *
    Math.sqrt(dBToLinear(request.noiseOffset_dB ?? 0));
  const eye = statisticalEye(pulse, {
    levels: design.lane.pam_levels,
    noiseSigma: noiseSigma * (equalizer?.noiseGain ?? 1),
    targetBer: designTargetBer(design),
    ...(request.amplitudeBins === undefined ? {} : { amplitudeBins: request.amplitudeBins }),
    ...(request.isiSymbols === undefined ? {} : { isiSymbols: request.isiSymbols }),
  });
  const penalty = designIsiPenalty(design, request.length_m, overrides);
  return {
    pulse,
    equalizer,
    eye,
    penalty,
    receivedOma_dBm,
    noiseSigma,
    eyeMargin_dB: 10 * Math.log10(penalty.sigmaTolerated / noiseSigma),
  };
}
