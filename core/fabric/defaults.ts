import {
  ACCELERATOR_POWER_W,
  CHECKPOINT_COST_S,
  DEFAULT_REACH_BINS,
  RESTART_S,
  type ReachBinSeed,
} from './constants';
import type { Fabric, FabricTier, TierTechnology } from './schema';

/**
 * The fabric options the Fabric view offers when a scenario has none: a 100,000-accelerator
 * cluster at 800 Gb/s per accelerator on 102.4 Tb/s switches (radix 128, three tiers, 1:1), built
 * with DSP-retimed pluggables, linear-drive pluggables or co-packaged optics at every tier.
 */
export const TIER_NAMES = ['Accelerator–leaf', 'Leaf–spine', 'Spine–core'] as const;

const bins = (seeds: readonly ReachBinSeed[]) =>
  seeds.map(([label, share, lo, hi]) => ({ label, share, length_m: [lo, hi] as [number, number] }));

/** Reach bins for tier `index` (0 = accelerator–leaf) of a fabric with `count` tiers. */
export function defaultReachBins(index: number, count: 2 | 3): FabricTier['reach_bins'] {
  const seeds = DEFAULT_REACH_BINS.value;
  if (index === 0) return bins(seeds.accelerator);
  // Two tiers: the spines sit across the hall; three: aggregation within it, core between halls.
  if (index === 1) return bins(count === 2 ? seeds.core : seeds.aggregation);
  return bins(seeds.core);
}

export function defaultTier(index: number, count: 2 | 3, technology: TierTechnology): FabricTier {
  return {
    name:
      (count === 2 ? ['Accelerator–leaf', 'Leaf–spine'] : TIER_NAMES)[index] ?? `Tier ${index + 1}`,
    reach_bins: defaultReachBins(index, count),
    technology,
  };
}

/** Same cluster, one design at every tier. */
export function uniformFabric(id: string, name: string, designId: string): Fabric {
  const technology: TierTechnology = { mode: 'chosen', design_id: designId };
  return {
    id,
    name,
    accelerators: 100_000,
    accelerator_power_W: ACCELERATOR_POWER_W.value,
    ports_per_accelerator: 1,
    port_speed_gbps: 800,
    switch_bandwidth_tbps: 102.4,
    oversubscription: 1,
    rail_optimized: false,
    tiers: [0, 1, 2].map((index) => defaultTier(index, 3, technology)),
    checkpoint: { cost_s: CHECKPOINT_COST_S.value, restart_s: RESTART_S.value },
  };
}

export function defaultFabrics(): Fabric[] {
  return [
    uniformFabric('pluggable-dsp', 'Pluggable DSP optics (800G DR8)', 'dr8-800g'),
    uniformFabric('lpo', 'Linear pluggable optics (800G LPO)', 'lpo-800g-dr8'),
    uniformFabric('cpo', 'Co-packaged optics (800G CPO)', 'cpo-51t-bailly-class'),
  ];
}

/**
 * The fabric with `count` tiers: extra tiers get the default reach bins and the technology of the
 * top tier; dropped tiers are removed from the top.
 */
export function withTierCount(fabric: Fabric, count: 2 | 3): Fabric {
  if (fabric.tiers.length === count) return fabric;
  if (fabric.tiers.length > count) return { ...fabric, tiers: fabric.tiers.slice(0, count) };
  const top = fabric.tiers[fabric.tiers.length - 1];
  const technology: TierTechnology = top?.technology ?? { mode: 'auto', objective: 'cost' };
  const tiers = [...fabric.tiers];
  for (let index = tiers.length; index < count; index++)
    tiers.push(defaultTier(index, count, technology));
  return { ...fabric, tiers };
}
