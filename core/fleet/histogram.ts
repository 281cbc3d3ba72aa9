import { HISTOGRAM_BIN_DB } from './constants';

/**
 * A fixed-bin streaming histogram: constant memory however many rows arrive, and quantiles exact
 * to half a bin. Values outside the span land in the end bins (and are counted as clamped).
 */
export interface StreamHistogram {
  readonly start: number;
  readonly width: number;
  readonly counts: Uint32Array;
  n: number;
  sum: number;
  sumSquares: number;
  clamped: number;
}

export function createHistogram(
  range: readonly [number, number],
  width = HISTOGRAM_BIN_DB,
): StreamHistogram {
  const bins = Math.ceil((range[1] - range[0]) / width);
  return {
    start: range[0],
    width,
    counts: new Uint32Array(bins),
    n: 0,
    sum: 0,
    sumSquares: 0,
    clamped: 0,
  };
}

export function addValue(h: StreamHistogram, value: number): void {
  let bin = Math.floor((value - h.start) / h.width);
  if (bin < 0 || bin >= h.counts.length) {
    h.clamped += 1;
    bin = bin < 0 ? 0 : h.counts.length - 1;
  }
  h.counts[bin] = (h.counts[bin] ?? 0) + 1;
  h.n += 1;
  h.sum += value;
  h.sumSquares += value * value;
}

/** The q-quantile (0…1) at the centre of its bin; null for an empty histogram. */
export function quantile(h: StreamHistogram, q: number): number | null {
  if (h.n === 0) return null;
  const target = q * (h.n - 1);
  let seen = 0;
  for (let bin = 0; bin < h.counts.length; bin++) {
    seen += h.counts[bin] ?? 0;
    if (seen > target) return h.start + (bin + 0.5) * h.width;
  }
  return h.start + (h.counts.length - 0.5) * h.width;
}

export interface Distribution {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly p10: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  /** Coarse bins for plotting: centres and counts, empty ends trimmed. */
  readonly bins: {
    readonly centres: readonly number[];
    readonly counts: readonly number[];
    readonly width: number;
  };
}

/** Bins merged for plotting (0.01 dB → 0.25 dB). */
const PLOT_MERGE = 25;

export function summarize(h: StreamHistogram): Distribution {
  const mean = h.n > 0 ? h.sum / h.n : null;
  const variance = h.n > 1 && mean !== null ? (h.sumSquares - h.n * mean * mean) / (h.n - 1) : null;
  const centres: number[] = [];
  const counts: number[] = [];
  for (let bin = 0; bin < h.counts.length; bin += PLOT_MERGE) {
    let total = 0;
    for (let k = bin; k < Math.min(bin + PLOT_MERGE, h.counts.length); k++)
      total += h.counts[k] ?? 0;
    centres.push(h.start + (bin + PLOT_MERGE / 2) * h.width);
    counts.push(total);
  }
  const first = counts.findIndex((count) => count > 0);
  let last = counts.length - 1;
  while (last >= 0 && counts[last] === 0) last -= 1;
  const keep = first < 0 ? [0, 0] : [first, last + 1];
  return {
    n: h.n,
    mean,
    sd: variance === null ? null : Math.sqrt(Math.max(0, variance)),
    p10: quantile(h, 0.1),
    median: quantile(h, 0.5),
    p90: quantile(h, 0.9),
    bins: {
      centres: centres.slice(keep[0], keep[1]),
      counts: counts.slice(keep[0], keep[1]),
      width: h.width * PLOT_MERGE,
    },
  };
}
