/** Signal integrity: pulse responses, statistical eyes, bathtubs and the ISI penalty. */
export {
  filterShapes,
  filterResponse,
  groupDelay_ps,
  gaussianBandwidthFromRiseTime_GHz,
} from './filters';
export type { FilterShape, LowPassFilter } from './filters';
export { fiberResponse, fiberGaussianSpread_ps, type FiberPath } from './fiber-response';
export {
  pulseResponse,
  type LaneChannel,
  type PulseResponse,
  type PulseOptions,
} from './pulse-response';
export {
  statisticalEye,
  DEFAULT_AMPLITUDE_BINS,
  DEFAULT_ISI_SYMBOLS,
  type EyeSettings,
  type StatisticalEye,
} from './statistical-eye';
export {
  isiPenaltyOfPulse,
  idealNoiseSigma,
  type IsiPenalty,
  type PenaltySettings,
} from './isi-penalty';
export {
  designLaneChannel,
  designTxFilter,
  designRxFilter,
  designFiberPath,
  designTargetBer,
  designNoiseSigma,
  receivedOmaBeforePenalties_dBm,
  DEFAULT_TX_BANDWIDTH_PER_BAUD,
  DEFAULT_RX_BANDWIDTH_PER_BAUD,
  DEFAULT_EQUALIZER_TAPS,
  type SignalOverrides,
} from './lane-signal';
export {
  isiPenalty_dB,
  designIsiPenalty,
  prepareIsiPenalty,
  designEye,
  designPulse,
  EYE_SAMPLES_PER_UI,
  type DesignEye,
  type DesignEyeRequest,
} from './design-signal';
export { SIGNAL_REFERENCES, type SignalReferenceKey } from './signal-references';
export { designEqualizer, equalizePulse, type Equalizer } from './equalizer';
