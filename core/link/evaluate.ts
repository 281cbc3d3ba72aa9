import type { Design } from '../scenario/schema';
import { pamLaneRate_gbps } from '../physics/modulation';
import { coherentMarginAt_dB, evaluateCoherent } from './coherent-link';
import { electricalMarginAt_dB, evaluateElectrical } from './electrical-link';
import { evaluateImdd, imddMarginAt_dB, prepareImdd } from './imdd-link';
import type { LinkResult } from './results';

/** Evaluates a design's link at its length: budget, penalties, margin, reach and its limit. */
export function evaluateDesign(design: Design): LinkResult {
  switch (design.kind) {
    case 'imdd':
      return evaluateImdd(design);
    case 'coherent':
      return evaluateCoherent(design);
    case 'electrical':
      return evaluateElectrical(design);
  }
}

/**
 * Margin (dB) at each length (m): the margin-vs-length curve. −Infinity where the eye is closed.
 * The design's own length is ignored; everything else is held.
 */
export function marginCurve(design: Design, lengths_m: readonly number[]): Float64Array {
  const margins = new Float64Array(lengths_m.length);
  if (design.kind === 'imdd') {
    const prepared = prepareImdd(design);
    lengths_m.forEach((length, i) => (margins[i] = imddMarginAt_dB(prepared, length)));
  } else if (design.kind === 'coherent') {
    lengths_m.forEach((length, i) => (margins[i] = coherentMarginAt_dB(design, length)));
  } else {
    lengths_m.forEach((length, i) => (margins[i] = electricalMarginAt_dB(design, length)));
  }
  return margins;
}

/** The design's channel length in metres, whatever its kind. */
export function designLength_m(design: Design): number {
  switch (design.kind) {
    case 'imdd':
      return design.channel.length_m;
    case 'coherent':
      return design.length_km * 1000;
    case 'electrical':
      return design.cable.length_m;
  }
}

/** Lanes per port: parallel lanes for IM-DD and copper, one carrier for coherent. */
export function designLanes(design: Design): number {
  return design.kind === 'coherent' ? 1 : design.lane.lanes;
}

/** Line rate of one lane (the carrier for coherent), Gb/s: what every result's lane_rate_gbps says. */
export function designLaneRate_gbps(design: Design): number {
  return design.kind === 'coherent'
    ? design.line_rate_gbps
    : pamLaneRate_gbps(design.lane.baud_GBd, design.lane.pam_levels);
}
