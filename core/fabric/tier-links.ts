import type { DesignEvaluation } from '../evaluate-scenario';
import { HOURS_PER_YEAR } from '../cost/tco';
import type { Design } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';
import type { EvaluationCache } from './design-cache';
import { allocateLinks, representativeLength_m } from './reach';
import type { FabricTier, ReachBin } from './schema';

export const DAYS_PER_YEAR = HOURS_PER_YEAR / 24;

/**
 * How many physical links a tier needs of a given design. Scale-out tiers need `ports` links of the
 * fabric's port speed; a design of another rate takes port ÷ module rate links per port (two
 * 400G links per 800G port; a 1.6T module breaks out into two 800G ports). Scale-up domains need
 * each accelerator's bandwidth in whole links of the design.
 */
export type LinkDemand =
  | { readonly kind: 'ports'; readonly ports: number; readonly port_speed_gbps: number }
  | {
      readonly kind: 'bandwidth';
      readonly accelerators: number;
      readonly bandwidth_per_accelerator_gbps: number;
    };

export function linksOfDesign(demand: LinkDemand, design: Design): number {
  const rate = design.technology.module_rate_gbps;
  if (demand.kind === 'ports')
    return Math.ceil((demand.ports * demand.port_speed_gbps) / rate - 1e-9);
  return demand.accelerators * Math.ceil(demand.bandwidth_per_accelerator_gbps / rate - 1e-9);
}

/** One reach bin of a tier: its links, evaluated at the bin's representative length. */
export interface BinResult {
  readonly label: string;
  readonly share: number;
  readonly length_m: readonly [number, number];
  readonly evaluated_at_m: number;
  readonly links: number;
  readonly power_W: number;
  readonly capex_usd: number;
  readonly tco_usd: number;
  readonly failures_per_day: number;
  readonly fibers: number;
  readonly evaluation: DesignEvaluation;
}

/** A tier's links of one design: per bin and summed. */
export interface TierLinks {
  readonly links: number;
  readonly bins: readonly BinResult[];
  /** Module ends or engine shares: two per link. */
  readonly transceivers: number;
  readonly cables: number;
  readonly fibers: number;
  readonly power_W: number;
  readonly capex_usd: number;
  readonly tco_usd: number;
  readonly failures_per_day: number;
}

const ENDS_PER_LINK = 2;

function binResult(
  bin: ReachBin,
  links: number,
  design: Design,
  assumptions: Assumptions,
  cache: EvaluationCache,
): BinResult {
  const evaluated_at_m = representativeLength_m(bin);
  const evaluation = cache.evaluate(design, evaluated_at_m, assumptions);
  const values = evaluation.metrics.values;
  // A bin with no links adds nothing, even if its metrics are infinite (an eye that never opens).
  // A metric that does not exist (an infeasible design) counts as NaN here; the fabric marks it.
  const times = (value: number | null) => (links === 0 ? 0 : links * (value ?? Number.NaN));
  return {
    label: bin.label,
    share: bin.share,
    length_m: bin.length_m,
    evaluated_at_m,
    links,
    power_W: times(values.link_power_W),
    capex_usd: times(values.link_capex_usd),
    tco_usd: times(values.tco_usd),
    failures_per_day: times(values.failures_per_year) / DAYS_PER_YEAR,
    fibers: times(values.fibers_per_link),
    evaluation,
  };
}

const sum = (bins: readonly BinResult[], pick: (bin: BinResult) => number) =>
  bins.reduce((total, bin) => total + pick(bin), 0);

/** Counts, watts, dollars and failures of a tier built from one design. */
export function tierLinks(
  tier: FabricTier,
  demand: LinkDemand,
  design: Design,
  assumptions: Assumptions,
  cache: EvaluationCache,
): TierLinks {
  const links = linksOfDesign(demand, design);
  const perBin = allocateLinks(
    links,
    tier.reach_bins.map((bin) => bin.share),
  );
  const bins = tier.reach_bins.map((bin, index) =>
    binResult(bin, perBin[index] ?? 0, design, assumptions, cache),
  );
  return {
    links,
    bins,
    transceivers: ENDS_PER_LINK * links,
    cables: links,
    fibers: sum(bins, (bin) => bin.fibers),
    power_W: sum(bins, (bin) => bin.power_W),
    capex_usd: sum(bins, (bin) => bin.capex_usd),
    tco_usd: sum(bins, (bin) => bin.tco_usd),
    failures_per_day: sum(bins, (bin) => bin.failures_per_day),
  };
}
