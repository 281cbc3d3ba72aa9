import { evaluateFabric, fabricRails } from './evaluate-fabric';
import type { Fabric } from './schema';
import type { FabricContext } from './select';
import { fabricCapacityIssue } from './topology';

/**
 * Cluster size from 1k to 1M accelerators: the same fabric with only the size changed, on as few
 * tiers (of its own) as hold it. Sizes no tier count holds are NaN (gaps in a chart).
 */
export interface SizeSweep {
  readonly accelerators: Float64Array;
  readonly tiers_used: Float64Array;
  readonly network_power_MW: Float64Array;
  readonly optics_power_MW: Float64Array;
  readonly capex_usd: Float64Array;
  readonly tco_usd: Float64Array;
  readonly failures_per_day: Float64Array;
  readonly goodput_lost_fraction: Float64Array;
}

export function logSizes(from: number, to: number, points: number): number[] {
  const step = Math.log10(to / from) / (points - 1);
  return Array.from({ length: points }, (_, i) => Math.round(from * 10 ** (i * step)));
}

export const SWEEP_SIZES = logSizes(1_000, 1_000_000, 31);

export function sweepClusterSize(
  fabric: Fabric,
  context: FabricContext,
  sizes: readonly number[] = SWEEP_SIZES,
): SizeSweep {
  const column = () => new Float64Array(sizes.length).fill(Number.NaN);
  const sweep: SizeSweep = {
    accelerators: Float64Array.from(sizes),
    tiers_used: column(),
    network_power_MW: column(),
    optics_power_MW: column(),
    capex_usd: column(),
    tco_usd: column(),
    failures_per_day: column(),
    goodput_lost_fraction: column(),
  };
  sizes.forEach((accelerators, i) => {
    const count = ([2, 3] as const).find(
      (tiers) =>
        tiers <= fabric.tiers.length &&
        fabricCapacityIssue({
          accelerators,
          ports_per_accelerator: fabric.ports_per_accelerator,
          port_speed_gbps: fabric.port_speed_gbps,
          switch_bandwidth_tbps: fabric.switch_bandwidth_tbps,
          oversubscription: fabric.oversubscription,
          tier_count: tiers,
          rails: fabricRails(fabric),
        }) === null,
    );
    if (count === undefined) return;
    const result = evaluateFabric(
      { ...fabric, accelerators, tiers: fabric.tiers.slice(0, count) },
      context,
    );
    if (!result.ok) return;
    sweep.tiers_used[i] = count;
    sweep.network_power_MW[i] = result.totals.network_power_W / 1e6;
    sweep.optics_power_MW[i] = result.totals.optics_power_W / 1e6;
    sweep.capex_usd[i] = result.totals.capex_usd;
    sweep.tco_usd[i] = result.totals.tco_usd;
    sweep.failures_per_day[i] = result.totals.failures_per_day;
    sweep.goodput_lost_fraction[i] = result.goodput.lost_fraction;
  });
  return sweep;
}
