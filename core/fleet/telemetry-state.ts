import { evaluateImdd } from '../link/imdd-link';
import type { ImddDesign } from '../scenario/schema';
import { requiredQ } from '../physics/modulation';
import { HISTOGRAM_RANGE_DB, POWER_RANGE_DBM } from './constants';
import { createHistogram, type StreamHistogram } from './histogram';
import { berToMarginAgainstQ_dB, designThresholdBer } from './margin';
import type { RecentTimes } from './telemetry-columns';
import type { RejectedLine } from './failures';

// What a telemetry import accumulates, per design and per link: bounded by the design and link
// counts, whatever the row count (core/fleet/telemetry.ts fills it).

/** What the comparison needs of a design, computed once. */
export interface DesignModel {
  readonly design: ImddDesign;
  readonly predictedLoss_dB: number;
  /** null when the design cannot close (infeasible): the fleet still reports what it measured. */
  readonly modelMargin_dB: number | null;
  readonly levels: number;
  readonly thresholdBer: number;
  /** q(M, b_FEC): the Q-factor at the threshold, the denominator of every BER margin. */
  readonly thresholdQ: number;
}

export interface DesignAccumulator {
  readonly model: DesignModel;
  rows: number;
  readonly rxMeasured: StreamHistogram;
  readonly rxPredicted: StreamHistogram;
  readonly excessLoss: StreamHistogram;
  readonly berMargin: StreamHistogram;
  /** Model margin at the measured launch and loss, less the BER-implied margin. */
  readonly penaltyResidual: StreamHistogram;
  /** Sums for the excess-loss drift regression (t in days). */
  readonly sums: {
    n: number;
    t: number;
    tt: number;
    e: number;
    te: number;
    ee: number;
  };
  readonly marginCache: BerMarginCache;
}

export interface LinkAccumulator extends RecentTimes {
  readonly id: string;
  readonly design: number;
  /** Samples accepted (the window holds only the recent ones). */
  samples: number;
  excessSum: number;
  excessN: number;
  marginMin: number;
  marginSum: number;
  marginN: number;
  temperatureSum: number;
  temperatureN: number;
  /** Sums of (temperature, BER margin) pairs: the within-link temperature regression. */
  readonly tm: { n: number; T: number; TT: number; m: number; mm: number; Tm: number };
  flaps: number;
  uncorrectable: number;
}

export interface TelemetryState {
  /** The file names, joined with ", " when there are several. */
  source: string;
  lines: number;
  rows: number;
  accepted: number;
  rejectedCount: number;
  readonly rejected: RejectedLine[];
  duplicatesCount: number;
  readonly duplicates: { line: number; link_id: string; timestamp: string }[];
  outOfOrder: number;
  /** Late samples older than their link's recent-times window: accepted without the duplicate check. */
  unchecked: number;
  firstTime: number;
  lastTime: number;
  readonly designs: DesignAccumulator[];
  readonly links: Map<string, LinkAccumulator>;
  /** Day-zero of the drift regression (the first accepted sample), ms. */
  epoch: number;
}

export function designModel(design: ImddDesign): DesignModel {
  const link = evaluateImdd(design);
  return {
    design,
    predictedLoss_dB: link.channel_loss_dB,
    modelMargin_dB: link.link_margin_dB,
    levels: design.lane.pam_levels,
    thresholdBer: designThresholdBer(design),
    thresholdQ: requiredQ(design.lane.pam_levels, designThresholdBer(design)),
  };
}

export function createTelemetryState(source: string): TelemetryState {
  return {
    source,
    lines: 0,
    rows: 0,
    accepted: 0,
    rejectedCount: 0,
    rejected: [],
    duplicatesCount: 0,
    duplicates: [],
    outOfOrder: 0,
    unchecked: 0,
    firstTime: Number.POSITIVE_INFINITY,
    lastTime: Number.NEGATIVE_INFINITY,
    designs: [],
    links: new Map(),
    epoch: Number.NaN,
  };
}

export function newDesign(model: DesignModel): DesignAccumulator {
  return {
    model,
    rows: 0,
    rxMeasured: createHistogram(POWER_RANGE_DBM),
    rxPredicted: createHistogram(POWER_RANGE_DBM),
    excessLoss: createHistogram(HISTOGRAM_RANGE_DB),
    berMargin: createHistogram(HISTOGRAM_RANGE_DB),
    penaltyResidual: createHistogram(HISTOGRAM_RANGE_DB),
    sums: { n: 0, t: 0, tt: 0, e: 0, te: 0, ee: 0 },
    marginCache: new BerMarginCache(model),
  };
}

/** Cache slots of BER → margin per design (telemetry prints BER to a few digits, so they repeat). */
const MARGIN_CACHE_SLOTS = 4096;

/**
 * The BER-implied margin (method fleet-ber-margin, the same function as `berToMargin_dB`) with a direct-mapped
 * cache keyed by the BER's bits: the inverse erfc is most of a row's arithmetic otherwise.
 */
export class BerMarginCache {
  private readonly keys = new Float64Array(MARGIN_CACHE_SLOTS).fill(Number.NaN);
  private readonly values = new Float64Array(MARGIN_CACHE_SLOTS);
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);
  constructor(private readonly model: DesignModel) {}

  /** NaN where `berToMargin_dB` gives null (b = 0, or b beyond the formula's limit). */
  margin(ber: number): number {
    this.bits[0] = ber;
    const slot = ((this.words[0] ?? 0) ^ (this.words[1] ?? 0)) & (MARGIN_CACHE_SLOTS - 1);
    if (this.keys[slot] === ber) return this.values[slot] ?? Number.NaN;
    const { levels, thresholdQ } = this.model;
    const margin = berToMarginAgainstQ_dB(levels, ber, thresholdQ) ?? Number.NaN;
    this.keys[slot] = ber;
    this.values[slot] = margin;
    return margin;
  }
}
