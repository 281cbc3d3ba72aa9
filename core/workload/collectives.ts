/**
 * @method collective-alpha-beta Collective communication time (α–β model)
 * A collective among n ranks moving a buffer of S bytes, with α the per-step latency and B the
 * per-rank bandwidth one way (THAKUR_2005). The ring all-reduce is a reduce-scatter then an
 * all-gather, n−1 steps each, every rank sending S/n per step — 2(n−1)/n of the data, the lower
 * bound (PATARASUK_2009):
 * $$ T_{\mathrm{ring}} = 2(n-1)\,\alpha + \frac{2(n-1)}{n}\,\frac{S}{B} $$
 * Reduce-scatter, all-gather and all-to-all take one half: (n−1)α + (n−1)/n · S/B. A pipelined
 * double binary tree (SANDERS_2009) trades latency depth for no loss of bandwidth:
 * $$ T_{\mathrm{tree}} = 2\lceil\log_2 n\rceil\,\alpha + 2\,\frac{S}{B} $$
 * The hierarchical all-reduce over g ranks per scale-up domain and m = n/g domains reduce-scatters
 * inside the domain, all-reduces S/g across domains, and all-gathers inside again:
 * $$ T_{\mathrm{hier}} = 2\Big[(g-1)\alpha_u + \tfrac{g-1}{g}\tfrac{S}{B_u}\Big] + 2(m-1)\alpha_o + \tfrac{2(m-1)}{m}\tfrac{S/g}{B_o} $$
 * equal to the ring across domains when g = 1. Bus bandwidth, the figure nccl-tests reports, is
 * the algorithm bandwidth S/T times 2(n−1)/n for all-reduce and (n−1)/n for the others
 * (NCCL_TESTS_PERF).
 * @assumes Full-duplex links; no contention beyond the oversubscription already in B; α the same at every step.
 * @valid n ≥ 1; S ≥ 0; times in s.
 * @ref THAKUR_2005 PATARASUK_2009 SANDERS_2009 NCCL_TESTS_PERF
 */

/** One network's α (per step) and β (1 ÷ per-rank bandwidth). */
export interface LinkCost {
  readonly alpha_s: number;
  /** Per-rank bandwidth one way, bytes per second. */
  readonly bandwidth_Bps: number;
}

/** Ring all-reduce of `bytes` among `ranks`. */
export function ringAllReduce_s(ranks: number, bytes: number, link: LinkCost): number {
  if (ranks <= 1) return 0;
  return (
    2 * (ranks - 1) * link.alpha_s + ((2 * (ranks - 1)) / ranks) * (bytes / link.bandwidth_Bps)
  );
}

/** Ring reduce-scatter (or all-gather) of a `bytes` buffer among `ranks`. */
export function ringReduceScatter_s(ranks: number, bytes: number, link: LinkCost): number {
  if (ranks <= 1) return 0;
  return (ranks - 1) * link.alpha_s + ((ranks - 1) / ranks) * (bytes / link.bandwidth_Bps);
}

export const ringAllGather_s = ringReduceScatter_s;

/** Pairwise all-to-all of `bytes` per rank (each rank keeps 1/n, sends the rest). */
export function allToAll_s(ranks: number, bytes: number, link: LinkCost): number {
  return ringReduceScatter_s(ranks, bytes, link);
}

/** Pipelined double-binary-tree all-reduce. */
export function treeAllReduce_s(ranks: number, bytes: number, link: LinkCost): number {
  if (ranks <= 1) return 0;
  return 2 * Math.ceil(Math.log2(ranks)) * link.alpha_s + 2 * (bytes / link.bandwidth_Bps);
}

/** Point-to-point send of `bytes`. */
export function pointToPoint_s(bytes: number, link: LinkCost): number {
  return link.alpha_s + bytes / link.bandwidth_Bps;
}

/**
 * Hierarchical all-reduce: `ranks` = domains × perDomain; reduce-scatter over `inside`, ring
 * all-reduce of the 1/perDomain shard over `across`, all-gather over `inside`.
 */
export function hierarchicalAllReduce_s(
  ranks: number,
  perDomain: number,
  bytes: number,
  inside: LinkCost,
  across: LinkCost,
): number {
  const g = Math.max(1, Math.min(perDomain, ranks));
  const domains = ranks / g;
  return 2 * ringReduceScatter_s(g, bytes, inside) + ringAllReduce_s(domains, bytes / g, across);
}

/** Algorithm bandwidth (bytes/s): the buffer over the time. */
export function algorithmBandwidth_Bps(bytes: number, time_s: number): number {
  return time_s > 0 ? bytes / time_s : Number.POSITIVE_INFINITY;
}

export type CollectiveKind = 'all-reduce' | 'reduce-scatter' | 'all-gather' | 'all-to-all';

/** NCCL's bus-bandwidth factor: what each rank's links actually carry per byte of buffer. */
export function busBandwidthFactor(kind: CollectiveKind, ranks: number): number {
  if (ranks <= 1) return 0;
  return kind === 'all-reduce' ? (2 * (ranks - 1)) / ranks : (ranks - 1) / ranks;
}

export function busBandwidth_Bps(
  kind: CollectiveKind,
  ranks: number,
  bytes: number,
  time_s: number,
): number {
  return algorithmBandwidth_Bps(bytes, time_s) * busBandwidthFactor(kind, ranks);
}
