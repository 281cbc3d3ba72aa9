import { laneDispersion } from '../physics/ieee-dispersion';
import { ownValue } from '../own-key';
import type { ImddLinkResult } from '../link/results';
import type { ImddDesign } from '../scenario/schema';
import { FEC_PRESETS } from '../physics/fec';
import { effectiveModalBandwidth_MHz_km, isMultimode } from '../physics/fiber';
import { requiredQ } from '../physics/modulation';
import { thermalNoiseCurrent_A } from '../physics/receiver';
import { sourced } from '../provenance';
import { dBmToW, mToKm } from '../units';
import type { FilterShape, LowPassFilter } from './filters';
import type { FiberPath } from './fiber-response';
import type { LaneChannel } from './pulse-response';

/**
 * From an IM-DD design to the signal models' inputs: the lane's filters, the fibre path at a
 * length, the target BER and the noise at the decision point.
 *
 * The scenario has no Tx/Rx bandwidth fields yet. When it gains `tx.bandwidth_GHz`,
 * `tx.filter_shape`, `rx.bandwidth_GHz`, `rx.filter_shape`, they are read here (by name, so no
 * code change is needed); until then the defaults below apply.
 */

/** Default transmitter −3 dB bandwidth as a fraction of the symbol rate (Gaussian). */
export const DEFAULT_TX_BANDWIDTH_PER_BAUD = sourced(0.7, {
  source: 'SIGNAL_BANDWIDTH_EST',
  year: 2026,
  kind: 'estimate',
  range: [0.5, 1],
});

/** Default receiver: the TDECQ reference receiver, Bessel–Thomson at 0.5× baud. */
export const DEFAULT_RX_BANDWIDTH_PER_BAUD = sourced(0.5, {
  source: 'IEEE_8023_TDECQ',
  year: 2017,
  kind: 'standard',
});

/** Taps of the reference equaliser (T-spaced FFE) of TDECQ; 0 turns it off. */
export const DEFAULT_EQUALIZER_TAPS = sourced(5, {
  source: 'IEEE_8023_TDECQ',
  year: 2017,
  kind: 'standard',
});

export const DEFAULT_TX_SHAPE: FilterShape = 'gaussian';
export const DEFAULT_RX_SHAPE: FilterShape = 'bessel-thomson';

/** Local changes the Signal view applies on top of the design (all optional). */
export interface SignalOverrides {
  readonly txBandwidth_GHz?: number;
  readonly rxBandwidth_GHz?: number;
  readonly txShape?: FilterShape;
  readonly rxShape?: FilterShape;
  /** Reference FFE taps (0 = none); default DEFAULT_EQUALIZER_TAPS. */
  readonly equalizerTaps?: number;
}

/** A numeric field the schema may not have yet, read by name. */
function optionalNumber(record: object, key: string): number | undefined {
  const value: unknown = ownValue(record as Record<string, unknown>, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function optionalShape(record: object, key: string): FilterShape | undefined {
  const value: unknown = ownValue(record as Record<string, unknown>, key);
  return value === 'gaussian' || value === 'bessel-thomson' || value === 'none' ? value : undefined;
}

/** The design's transmitter filter (schema field, else 0.7× baud Gaussian). */
export function designTxFilter(design: ImddDesign): LowPassFilter {
  return {
    shape: optionalShape(design.tx, 'filter_shape') ?? DEFAULT_TX_SHAPE,
    bandwidth_GHz:
      optionalNumber(design.tx, 'bandwidth_GHz') ??
      DEFAULT_TX_BANDWIDTH_PER_BAUD.value * design.lane.baud_GBd,
  };
}

/**
 * The design's receiver filter: a schema field if present; else a noise-modelled receiver's
 * bandwidth (taken as its −3 dB point); else the TDECQ reference receiver at 0.5× baud.
 */
export function designRxFilter(design: ImddDesign): LowPassFilter {
  const sensitivity = design.rx.sensitivity;
  return {
    shape: optionalShape(design.rx, 'filter_shape') ?? DEFAULT_RX_SHAPE,
    bandwidth_GHz:
      optionalNumber(design.rx, 'bandwidth_GHz') ??
      (sensitivity.mode === 'noise'
        ? sensitivity.bandwidth_GHz
        : DEFAULT_RX_BANDWIDTH_PER_BAUD.value * design.lane.baud_GBd),
  };
}

/** The fibre at a length with the design's wavelength, source width and fibre overrides. */
export function designFiberPath(design: ImddDesign, length_m: number): FiberPath {
  const { fiber, lane } = design;
  // The IEEE worst case evaluates the fibre at the worst lane corner; typical at the lane itself.
  const dispersion = laneDispersion(fiber, lane);
  return {
    length_m,
    wavelength_nm: dispersion.wavelength_nm,
    dispersion_ps_per_nm_km: design.penalties.model_dispersion
      ? dispersion.dispersion_ps_per_nm_km
      : 0,
    sourceRmsWidth_nm: design.tx.rms_spectral_width_nm,
    modalBandwidth_MHz_km:
      isMultimode(fiber.type) && design.penalties.model_modal
        ? (fiber.modal_bandwidth_MHz_km ??
          effectiveModalBandwidth_MHz_km(fiber.type, lane.wavelength_nm))
        : null,
  };
}

/** Tx → fibre (length_m) → Rx of a design, with the view's overrides. */
export function designLaneChannel(
  design: ImddDesign,
  length_m: number,
  overrides: SignalOverrides = {},
): LaneChannel {
  const tx = designTxFilter(design);
  const rx = designRxFilter(design);
  return {
    baud_GBd: design.lane.baud_GBd,
    tx: {
      shape: overrides.txShape ?? tx.shape,
      bandwidth_GHz: overrides.txBandwidth_GHz ?? tx.bandwidth_GHz,
    },
    rx: {
      shape: overrides.rxShape ?? rx.shape,
      bandwidth_GHz: overrides.rxBandwidth_GHz ?? rx.bandwidth_GHz,
    },
    fiber: length_m > 0 ? designFiberPath(design, length_m) : null,
  };
}

/** The design's pre-FEC BER target (explicit, else its FEC preset's threshold). */
export function designTargetBer(design: ImddDesign): number {
  return design.target_ber ?? FEC_PRESETS[design.fec].preFecBerThreshold.value;
}

/**
 * RMS noise at the decision point in OMA units (σ / swing) for a received OMA [SACKINGER_BBC]:
 * - noise-modelled receiver: σ = i_n·√B over R·OMA;
 * - given sensitivity S: the noise with which the ideal eye reaches the target BER at S,
 *   σ = 10^(−(OMA − S)/10) / (2·Q_req).
 * Thermal noise grows as √B: `rxBandwidthRatio` (the view's Rx bandwidth over the design's) scales σ
 * by its square root.
 */
export function designNoiseSigma(
  design: ImddDesign,
  receivedOma_dBm: number,
  rxBandwidthRatio = 1,
): number {
  const sensitivity = design.rx.sensitivity;
  const bandwidthScale = Math.sqrt(rxBandwidthRatio);
  if (sensitivity.mode === 'noise') {
    const swing_A = sensitivity.responsivity_A_per_W * dBmToW(receivedOma_dBm);
    return (thermalNoiseCurrent_A(sensitivity) / swing_A) * bandwidthScale;
  }
  const q = requiredQ(design.lane.pam_levels, designTargetBer(design));
  return (10 ** (-(receivedOma_dBm - sensitivity.oma_dBm) / 10) / (2 * q)) * bandwidthScale;
}

/**
 * OMA reaching the receiver at a length before any penalty: launch minus channel loss, the loss
 * moved from the evaluated length by the fibre's attenuation (a measured loss stays calibrated).
 */
export function receivedOmaBeforePenalties_dBm(result: ImddLinkResult, length_m: number): number {
  const loss_dB =
    result.channel_loss_dB + result.fiber_attenuation_dB_per_km * mToKm(length_m - result.length_m);
  return result.tx_oma_dBm - loss_dB;
}
