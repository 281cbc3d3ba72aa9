import { CATALOG } from '../catalog/index';
import type { LaunchCriteria } from '../explore/criteria';
import type { Design } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';
import {
  DEFAULT_RAILS,
  NETWORK_INTERRUPT_SHARE,
  OTHER_INTERRUPTIONS_PER_ACCELERATOR_DAY,
} from './constants';
import { createEvaluationCache, type EvaluationCache } from './design-cache';
import { goodput, type Goodput } from './goodput';
import type { Fabric, FabricTier } from './schema';
import {
  selectTierDesign,
  type FabricContext,
  type TierMedium,
  type TierSelection,
} from './select';
import { switchTotals, switchUnit, type SwitchTotals } from './switches';
import { fabricCapacityIssue, fabricTopology, type Topology } from './topology';
import type { LinkDemand } from './tier-links';

/**
 * The fabric roll-up: topology counts × per-link metrics from the same `evaluateDesignFully` the
 * Compare view and the CLI use, plus switches, then power share, capex, TCO, failures, job
 * interruptions and the goodput lost to checkpoint/restart. Analytic, so a million-accelerator
 * fabric costs a few dozen (cached) link evaluations.
 */
export interface TierResult extends TierSelection {
  readonly name: string;
  readonly role: 'scale-out' | 'scale-up';
  /** Fabric ports this tier connects (scale-up: accelerators × bandwidth ÷ module rate). */
  readonly fabric_links: number;
}

export interface FabricTotals {
  readonly accelerators: number;
  readonly switches: number;
  readonly links: number;
  readonly transceivers: number;
  readonly cables: number;
  readonly fibers: number;
  readonly optics_power_W: number;
  readonly switch_power_W: number;
  readonly network_power_W: number;
  readonly accelerator_power_W: number;
  readonly cluster_power_W: number;
  /** Of the cluster's IT power (accelerators + network). */
  readonly optics_power_share: number;
  readonly network_power_share: number;
  readonly capex_usd: number;
  readonly tco_usd: number;
  readonly failures_per_day: number;
  readonly network_interruptions_per_day: number;
  readonly other_interruptions_per_day: number;
  readonly interruptions_per_day: number;
  readonly lost_accelerator_hours_per_day: number;
}

export interface FabricIssue {
  readonly path: string;
  readonly message: string;
}

export type FabricEvaluation =
  | {
      readonly ok: true;
      readonly fabric: Fabric;
      readonly topology: Topology;
      readonly tiers: readonly TierResult[];
      readonly switches: SwitchTotals;
      readonly scale_up_switches: SwitchTotals | null;
      readonly totals: FabricTotals;
      readonly goodput: Goodput;
    }
  | { readonly ok: false; readonly fabric: Fabric; readonly issues: readonly FabricIssue[] };

export interface ScenarioLike {
  readonly designs: readonly Design[];
  readonly assumptions: Assumptions;
  readonly launch_criteria?: readonly LaunchCriteria[] | undefined;
}

/** Candidates: the scenario's designs, then the catalog's not shadowed by a scenario id. */
export function fabricContext(
  scenario: ScenarioLike,
  cache: EvaluationCache = createEvaluationCache(),
): FabricContext {
  const ids = new Set(scenario.designs.map((design) => design.id));
  return {
    designs: [...scenario.designs, ...CATALOG.filter((design) => !ids.has(design.id))],
    assumptions: scenario.assumptions,
    launchCriteria: scenario.launch_criteria ?? [],
    cache,
  };
}

export function fabricRails(fabric: Fabric): number {
  return fabric.rail_optimized ? (fabric.rails ?? DEFAULT_RAILS.value) : 1;
}

function topologyInputs(fabric: Fabric) {
  return {
    accelerators: fabric.accelerators,
    ports_per_accelerator: fabric.ports_per_accelerator,
    port_speed_gbps: fabric.port_speed_gbps,
    switch_bandwidth_tbps: fabric.switch_bandwidth_tbps,
    oversubscription: fabric.oversubscription,
    tier_count: fabric.tiers.length === 3 ? (3 as const) : (2 as const),
    rails: fabricRails(fabric),
  };
}

export function evaluateFabric(fabric: Fabric, context: FabricContext): FabricEvaluation {
  const capacity = fabricCapacityIssue(topologyInputs(fabric));
  if (capacity) return { ok: false, fabric, issues: [{ path: capacity.field, ...capacity }] };
  const topology = fabricTopology(topologyInputs(fabric));

  const issues: FabricIssue[] = [];
  const tiers: TierResult[] = [];
  const resolve = (
    tier: FabricTier,
    path: string,
    demand: LinkDemand,
    medium: TierMedium,
    role: TierResult['role'],
    fabricLinks: number,
  ) => {
    const outcome = selectTierDesign(tier, demand, medium, context);
    if (!outcome.ok) issues.push({ path: `${path}.${outcome.field}`, message: outcome.message });
    else tiers.push({ ...outcome.selection, name: tier.name, role, fabric_links: fabricLinks });
  };
  fabric.tiers.forEach((tier, index) => {
    const ports = topology.links_per_tier[index] ?? 0;
    const demand: LinkDemand = { kind: 'ports', ports, port_speed_gbps: fabric.port_speed_gbps };
    resolve(tier, `tiers[${index}]`, demand, 'any', 'scale-out', ports);
  });
  const scaleUp = fabric.scale_up;
  if (scaleUp) {
    const demand: LinkDemand = {
      kind: 'bandwidth',
      accelerators: fabric.accelerators,
      bandwidth_per_accelerator_gbps: scaleUp.bandwidth_per_accelerator_gbps,
    };
    resolve(scaleUp.tier, 'scale_up.tier', demand, scaleUp.medium, 'scale-up', Number.NaN);
  }
  if (issues.length > 0) return { ok: false, fabric, issues };

  const switches = switchTotals(
    topology.switches,
    switchUnit(fabric.switch_bandwidth_tbps, fabric.switch),
    context.assumptions,
  );
  const scaleUpTier = tiers.find((tier) => tier.role === 'scale-up');
  const scale_up_switches =
    scaleUp && scaleUpTier
      ? switchTotals(
          scaleUpSwitchCount(fabric.accelerators, scaleUp, scaleUpTier),
          switchUnit(scaleUp.switch_bandwidth_tbps),
          context.assumptions,
        )
      : null;
  return {
    ok: true,
    fabric,
    topology,
    tiers,
    switches,
    scale_up_switches,
    ...roll(fabric, tiers, [switches, scale_up_switches]),
  };
}

/** Per domain: its links ÷ the ports of one scale-up switch at the design's rate, rounded up. */
function scaleUpSwitchCount(
  accelerators: number,
  scaleUp: NonNullable<Fabric['scale_up']>,
  tier: TierResult,
): number {
  const rate = tier.design.technology.module_rate_gbps;
  const radix = Math.max(1, Math.floor((scaleUp.switch_bandwidth_tbps * 1000) / rate + 1e-9));
  const linksPerAccelerator = tier.links.links / accelerators;
  const perDomain = scaleUp.accelerators_per_domain;
  const fullDomains = Math.floor(accelerators / perDomain);
  const remainder = accelerators - fullDomains * perDomain;
  const switchesFor = (members: number) => Math.ceil((members * linksPerAccelerator) / radix);
  return fullDomains * switchesFor(perDomain) + (remainder > 0 ? switchesFor(remainder) : 0);
}

function roll(
  fabric: Fabric,
  tiers: readonly TierResult[],
  switchGroups: readonly (SwitchTotals | null)[],
): { totals: FabricTotals; goodput: Goodput } {
  const groups = switchGroups.filter((group): group is SwitchTotals => group !== null);
  const sumTiers = (pick: (tier: TierResult) => number) =>
    tiers.reduce((total, tier) => total + pick(tier), 0);
  const sumSwitches = (pick: (group: SwitchTotals) => number) =>
    groups.reduce((total, group) => total + pick(group), 0);
  const optics_power_W = sumTiers((tier) => tier.links.power_W);
  const switch_power_W = sumSwitches((group) => group.power_W);
  const network_power_W = optics_power_W + switch_power_W;
  const accelerator_power_W = fabric.accelerators * fabric.accelerator_power_W;
  const cluster_power_W = accelerator_power_W + network_power_W;
  const failures_per_day =
    sumTiers((tier) => tier.links.failures_per_day) +
    sumSwitches((group) => group.failures_per_day);
  const checkpoint = fabric.checkpoint;
  const network_interruptions_per_day =
    failures_per_day * (checkpoint.network_interrupt_share ?? NETWORK_INTERRUPT_SHARE.value);
  const other_interruptions_per_day =
    fabric.accelerators *
    (checkpoint.other_interruptions_per_accelerator_day ??
      OTHER_INTERRUPTIONS_PER_ACCELERATOR_DAY.value);
  const interruptions_per_day = network_interruptions_per_day + other_interruptions_per_day;
  const lost = goodput(interruptions_per_day, checkpoint.cost_s, checkpoint.restart_s);
  return {
    totals: {
      accelerators: fabric.accelerators,
      switches: sumSwitches((group) => group.switches),
      links: sumTiers((tier) => tier.links.links),
      transceivers: sumTiers((tier) => tier.links.transceivers),
      cables: sumTiers((tier) => tier.links.cables),
      fibers: sumTiers((tier) => tier.links.fibers),
      optics_power_W,
      switch_power_W,
      network_power_W,
      accelerator_power_W,
      cluster_power_W,
      optics_power_share: cluster_power_W > 0 ? optics_power_W / cluster_power_W : 0,
      network_power_share: cluster_power_W > 0 ? network_power_W / cluster_power_W : 0,
      capex_usd: sumTiers((tier) => tier.links.capex_usd) + sumSwitches((group) => group.capex_usd),
      tco_usd: sumTiers((tier) => tier.links.tco_usd) + sumSwitches((group) => group.tco_usd),
      failures_per_day,
      network_interruptions_per_day,
      other_interruptions_per_day,
      interruptions_per_day,
      lost_accelerator_hours_per_day: lost.lost_fraction * fabric.accelerators * 24,
    },
    goodput: lost,
  };
}

/** Every fabric option of a scenario, evaluated with one shared cache. */
export function evaluateScenarioFabrics(
  scenario: ScenarioLike & { readonly fabrics?: readonly Fabric[] | undefined },
  cache: EvaluationCache = createEvaluationCache(),
): readonly FabricEvaluation[] {
  const context = fabricContext(scenario, cache);
  return (scenario.fabrics ?? []).map((fabric) => evaluateFabric(fabric, context));
}
