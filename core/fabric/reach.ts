import type { ReachBin } from './schema';

/**
 * Splits a tier's links over its reach bins in whole links that add up exactly (largest
 * remainder: each bin gets ⌊links · share⌋, the leftover links go to the largest fractions, ties to
 * the earlier bin). Shares are normalised by their sum, so a file's 0.3333 + 0.6667 still counts
 * every link once.
 */
export function allocateLinks(links: number, shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (total <= 0) return shares.map(() => 0);
  const exact = shares.map((share) => (links * share) / total);
  const counts = exact.map((value) => Math.floor(value));
  let leftover = links - counts.reduce((sum, count) => sum + count, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (leftover <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return counts;
}

/**
 * The length a bin's links are evaluated at for power, cost and reliability: the bin's midpoint,
 * the mean of lengths spread evenly over [lo, hi]. Cable cost is linear in length, so the
 * midpoint gives the bin's exact mean cable cost; the laser sized to close grows with loss in dB,
 * so the midpoint slightly underestimates it (under 0.1 W per link for the catalog's optics within
 * 500 m). Feasibility is checked separately, at the tier's longest reach.
 */
export function representativeLength_m(bin: ReachBin): number {
  return (bin.length_m[0] + bin.length_m[1]) / 2;
}

/** The longest link of a tier: the upper end of its longest bin that carries any links. */
export function longestReach_m(bins: readonly ReachBin[]): number {
  return bins.reduce(
    (longest, bin) => (bin.share > 0 ? Math.max(longest, bin.length_m[1]) : longest),
    0,
  );
}
