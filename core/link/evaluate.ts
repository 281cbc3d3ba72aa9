import type { Design } from '../scenario/schema';
import { coherentMarginAt_dB, evaluateCoherent } from './coherent-link';
import { evaluateImdd, imddMarginAt_dB, prepareImdd } from './imdd-link';
import type { LinkResult } from './results';

/** Evaluates a design's link at its length: budget, penalties, margin, reach and its limit. */
export function evaluateDesign(design: Design): LinkResult {
  return design.kind === 'imdd' ? evaluateImdd(design) : evaluateCoherent(design);
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
  } else {
    lengths_m.forEach((length, i) => (margins[i] = coherentMarginAt_dB(design, length)));
  }
  return margins;
}

/** The design's channel length in metres, whatever its kind. */
export function designLength_m(design: Design): number {
  return design.kind === 'imdd' ? design.channel.length_m : design.length_km * 1000;
}
