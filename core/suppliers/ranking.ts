import { sourced } from '../provenance';
import type { RankingSettings, Supplier } from './schema';
import { CPK_CAPABLE } from './statistics';

/** A supplier's volume date this many days after the need-by date scores zero on schedule. */
export const SCHEDULE_SLIP_TO_ZERO_DAYS = sourced(180, {
  source: 'SUPPLIERS_SYNTHETIC',
  year: 2026,
  kind: 'estimate',
  note: 'two quarters late loses the slot: a judgement, weight it as you see fit',
});
const MS_PER_DAY = 86_400_000;

export const DEFAULT_RANKING: RankingSettings = {
  weights: { yield: 4, cpk: 3, price: 2, schedule: 1 },
  volume_units: 100_000,
};

/** Price at a yearly volume: the tier with the largest threshold at or below it (null: no quote). */
export function priceAtVolume(supplier: Supplier, volume_units: number): number | null {
  let best: { min_volume_units: number; price_usd: number } | null = null;
  for (const tier of supplier.price_tiers)
    if (
      tier.min_volume_units <= volume_units &&
      (!best || tier.min_volume_units > best.min_volume_units)
    )
      best = tier;
  return best?.price_usd ?? null;
}

/** Days the promised volume date falls after the need-by date (0 when on time or unknown). */
export function daysLate(supplier: Supplier, needBy: string | undefined): number | null {
  if (!supplier.dates.volume) return null;
  if (!needBy) return 0;
  const late = (Date.parse(supplier.dates.volume) - Date.parse(needBy)) / MS_PER_DAY;
  return Math.max(0, Math.round(late));
}

export interface RankInput {
  readonly supplier: Supplier;
  /** Link yield of the supplier's own modules at both ends (the matrix diagonal); null if unknown. */
  readonly yield: number | null;
  /** Lowest Cpk over the limited parameters; null if none could be computed. */
  readonly worstCpk: number | null;
}

export interface RankRow {
  readonly supplier: string;
  readonly name: string;
  readonly rank: number;
  /** Weighted score 0 … 1. */
  readonly score: number;
  readonly scores: {
    readonly yield: number;
    readonly cpk: number;
    readonly price: number;
    readonly schedule: number;
  };
  readonly yield: number | null;
  readonly worstCpk: number | null;
  readonly price_usd: number | null;
  readonly daysLate: number | null;
}

/**
 * @method supplier-ranking Weighted supplier ranking
 * Each criterion is scored 0 … 1: the link yield itself; the worst Cpk against the capable bar,
 * min(Cpk / 1.33, 1); the price against the cheapest quote, p_min / p; the schedule,
 * 1 − days late / 180 (floored at 0). The score is the weighted mean
 * $$ s = \frac{\sum_k w_k s_k}{\sum_k w_k} $$
 * with the user's weights; a criterion a supplier has no data for scores 0 (no evidence, no credit).
 * @ref MONTGOMERY_SQC
 */
export function rankSuppliers(
  inputs: readonly RankInput[],
  settings: RankingSettings = DEFAULT_RANKING,
): RankRow[] {
  const prices = inputs.map((i) => priceAtVolume(i.supplier, settings.volume_units));
  const quoted = prices.filter((p): p is number => p !== null && p > 0);
  const cheapest = quoted.length > 0 ? Math.min(...quoted) : null;
  const w = settings.weights;
  const totalWeight = w.yield + w.cpk + w.price + w.schedule;
  const rows = inputs.map((input, index) => {
    const price = prices[index] ?? null;
    const late = daysLate(input.supplier, settings.need_by);
    const scores = {
      yield: input.yield ?? 0,
      cpk:
        input.worstCpk === null ? 0 : Math.min(1, Math.max(0, input.worstCpk / CPK_CAPABLE.value)),
      price: price === null || cheapest === null ? 0 : price > 0 ? cheapest / price : 1,
      schedule: late === null ? 0 : Math.max(0, 1 - late / SCHEDULE_SLIP_TO_ZERO_DAYS.value),
    };
    const score =
      totalWeight > 0
        ? (w.yield * scores.yield +
            w.cpk * scores.cpk +
            w.price * scores.price +
            w.schedule * scores.schedule) /
          totalWeight
        : 0;
    return {
      supplier: input.supplier.id,
      name: input.supplier.name,
      rank: 0,
      score,
      scores,
      yield: input.yield,
      worstCpk: input.worstCpk,
      price_usd: price,
      daysLate: late,
    };
  });
  const order = [...rows].sort((a, b) => b.score - a.score || a.supplier.localeCompare(b.supplier));
  return order.map((row, index) => ({ ...row, rank: index + 1 }));
}
