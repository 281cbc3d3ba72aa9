import { metricIds, type MetricId } from '../metrics/registry';

/**
 * Which parts of an evaluation a set of metrics needs, so the kernel computes those and nothing
 * else: a sweep that keeps energy, cost and reach runs no latency sum and no BER estimate, and
 * solves the reach only because it is asked for.
 */
export const METRIC_COUNT = metricIds.length;

/** Slot of each metric in the kernel's output vector (the registry's order). */
export const METRIC_SLOT: Readonly<Record<MetricId, number>> = Object.fromEntries(
  metricIds.map((id, i) => [id, i]),
) as Record<MetricId, number>;

export interface MetricNeeds {
  /** Per slot: 1 when the metric is wanted. */
  readonly wanted: Uint8Array;
  readonly reach: boolean;
  /** Power parts that vary per point (the laser sized to close the link) and what adds them up. */
  readonly energy: boolean;
  readonly cost: boolean;
  readonly tco: boolean;
  readonly latency: boolean;
}

const ENERGY_METRICS: readonly MetricId[] = [
  'energy_pJ_per_bit',
  'module_energy_pJ_per_bit',
  'module_power_W',
  'port_power_W',
  'link_power_W',
  'tco_usd',
];
const COST_METRICS: readonly MetricId[] = ['cost_usd_per_gbps', 'link_capex_usd', 'tco_usd'];

export function metricNeeds(metrics: readonly MetricId[]): MetricNeeds {
  const wanted = new Uint8Array(METRIC_COUNT);
  for (const id of metrics) wanted[METRIC_SLOT[id]] = 1;
  const any = (ids: readonly MetricId[]) => ids.some((id) => wanted[METRIC_SLOT[id]] === 1);
  return {
    wanted,
    reach: wanted[METRIC_SLOT.max_reach_m] === 1,
    energy: any(ENERGY_METRICS),
    cost: any(COST_METRICS),
    tco: wanted[METRIC_SLOT.tco_usd] === 1,
    latency: wanted[METRIC_SLOT.latency_ns] === 1,
  };
}

/** Metrics that are legitimately NaN for some technologies (not applicable). */
export const OPTIONAL_METRIC_SLOTS: readonly number[] = [
  METRIC_SLOT.faceplate_tbps_per_ru,
  METRIC_SLOT.shoreline_gbps_per_mm,
  METRIC_SLOT.area_tbps_per_mm2,
];
