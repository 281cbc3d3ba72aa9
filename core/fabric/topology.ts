/**
 * @method fabric-topology Fabric roll-up: fat-tree counts
 * Exact switch and link counts of a folded-Clos (fat-tree) fabric of radix-k switches. With E
 * endpoints and oversubscription o, a leaf has d ports down and u up; at 1:1 a 2-tier tree holds
 * k²/2 endpoints on 3k/2 switches and a 3-tier tree k³/4 on 5k²/4:
 * $$ d = \left\lfloor \frac{k\,o}{o+1} \right\rfloor, \quad u = k - d, \quad n_{\mathrm{leaf}} = \left\lceil \frac{E}{d} \right\rceil, \quad E_{\max}^{(2)} = k\,d, \quad E_{\max}^{(3)} = k \left\lfloor \frac{k}{2} \right\rfloor d $$
 * Each tier's links take the technology chosen for it, or the cheapest or lowest-power design that
 * closes the link with the required margin at the tier's longest reach and meets the launch
 * criteria; power, cost and failures per tier are link counts × the per-link figures of the core.
 * @assumes Non-blocking above the leaf; every link of a reach bin priced at the bin's midpoint.
 * @ref AL_FARES_2008
 *
 *   radix k          = ⌊switch bandwidth ÷ port speed⌋ ports per switch
 *   endpoints E      = accelerators × ports per accelerator (each connected exactly once)
 *   leaf             d = ⌊k·o/(o+1)⌋ ports down, u = k − d up (o = oversubscription; d = u = k/2 at 1:1)
 *   leaves           = ⌈E / d⌉ (rail-optimized: Σ over rails of ⌈E_r / d⌉)
 *   leaf–spine links = leaves × u: every leaf is fully uplinked, so striping stays uniform
 *   2 tiers: spines  = ⌈links / k⌉; a leaf must reach every spine, so leaves ≤ k → E ≤ k·d
 *   3 tiers: aggregation switches use ⌊k/2⌋ ports down and as many up (non-blocking above the
 *            leaf): aggs = ⌈links / ⌊k/2⌋⌉, agg–core links = leaf–agg links, cores = ⌈links / k⌉;
 *            at most k pods of ⌊k/2⌋ leaves → E ≤ k·⌊k/2⌋·d
 * At 1:1 this is Al-Fares et al.'s fat tree (AL_FARES_2008): k²/2 endpoints on 3k/2 switches in two
 * tiers, k³/4 endpoints on 5k²/4 switches in three. Partly filled trees round up per tier; the last
 * switch of a tier may have idle ports, never a missing one.
 */
export interface TopologyInputs {
  readonly accelerators: number;
  readonly ports_per_accelerator: number;
  readonly port_speed_gbps: number;
  readonly switch_bandwidth_tbps: number;
  readonly oversubscription: number;
  readonly tier_count: 2 | 3;
  /** 1 for a plain fat tree; the rail count of a rail-optimized one. */
  readonly rails: number;
}

export interface SwitchTierCount {
  readonly name: 'leaf' | 'spine' | 'aggregation' | 'core';
  readonly switches: number;
  /** Ports per switch facing down / up (up is 0 at the top tier). */
  readonly down_ports: number;
  readonly up_ports: number;
  /** Ports actually cabled across the tier (down + up). */
  readonly ports_used: number;
}

export interface Topology {
  readonly radix: number;
  readonly endpoints: number;
  readonly capacity_endpoints: number;
  /** Links of each layer from the accelerators up: [endpoint–leaf, leaf–spine(, agg–core)]. */
  readonly links_per_tier: readonly number[];
  readonly switch_tiers: readonly SwitchTierCount[];
  readonly switches: number;
  /** d ÷ u as built (may differ from the request by the rounding of whole ports). */
  readonly effective_oversubscription: number;
}

export interface CapacityIssue {
  readonly field: 'accelerators' | 'port_speed_gbps';
  readonly message: string;
}

const GBPS_PER_TBPS = 1000;
const MINIMUM_RADIX = 4;

export function switchRadix(switchBandwidth_tbps: number, portSpeed_gbps: number): number {
  // A hair of tolerance so 51.2 Tb/s ÷ 0.8 Tb/s is 64, not 63.99999.
  return Math.floor((switchBandwidth_tbps * GBPS_PER_TBPS) / portSpeed_gbps + 1e-9);
}

/** Leaf ports down and up for a radix and an oversubscription ratio (down : up). */
export function leafPorts(radix: number, oversubscription: number): { down: number; up: number } {
  const down = Math.min(radix - 1, Math.floor((radix * oversubscription) / (oversubscription + 1)));
  return { down, up: radix - down };
}

/** Endpoints on each rail when E endpoints are dealt round-robin over R rails. */
function leavesFor(endpoints: number, rails: number, down: number): number {
  const base = Math.floor(endpoints / rails);
  const extra = endpoints - base * rails;
  return (
    extra * Math.ceil((base + 1) / down) +
    (rails - extra) * (base === 0 ? 0 : Math.ceil(base / down))
  );
}

/** Most endpoints the fabric can hold (plain fat tree; rail rounding may lower it slightly). */
export function capacityEndpoints(radix: number, down: number, tierCount: 2 | 3): number {
  return tierCount === 2 ? radix * down : radix * Math.floor(radix / 2) * down;
}

/** Why the fabric cannot be built, or null when it can. */
export function fabricCapacityIssue(inputs: TopologyInputs): CapacityIssue | null {
  const radix = switchRadix(inputs.switch_bandwidth_tbps, inputs.port_speed_gbps);
  if (radix < MINIMUM_RADIX) {
    const fastest = (inputs.switch_bandwidth_tbps * GBPS_PER_TBPS) / MINIMUM_RADIX;
    return {
      field: 'port_speed_gbps',
      message: `${inputs.port_speed_gbps} Gb/s leaves a ${inputs.switch_bandwidth_tbps} Tb/s switch only ${radix} port${radix === 1 ? '' : 's'} (allowed 1 … ${fastest} Gb/s, at least ${MINIMUM_RADIX} ports per switch)`,
    };
  }
  const { down } = leafPorts(radix, inputs.oversubscription);
  const endpoints = inputs.accelerators * inputs.ports_per_accelerator;
  const leaves = leavesFor(endpoints, inputs.rails, down);
  const maxLeaves = inputs.tier_count === 2 ? radix : radix * Math.floor(radix / 2);
  if (leaves <= maxLeaves) return null;
  const capacity = capacityEndpoints(radix, down, inputs.tier_count);
  const maxAccelerators = Math.floor(capacity / inputs.ports_per_accelerator);
  const next = inputs.tier_count === 2 ? 'use 3 tiers, ' : '';
  return {
    field: 'accelerators',
    message: `${inputs.accelerators} accelerators × ${inputs.ports_per_accelerator} port${inputs.ports_per_accelerator === 1 ? '' : 's'} exceed what ${inputs.tier_count} tiers of radix-${radix} switches at ${inputs.oversubscription}:1 hold (allowed 1 … ${maxAccelerators} accelerators, ${capacity} ports); ${next}more oversubscription, slower ports or a larger switch`,
  };
}

/** Counts for a buildable fabric; throws with the capacity message otherwise. */
export function fabricTopology(inputs: TopologyInputs): Topology {
  const issue = fabricCapacityIssue(inputs);
  if (issue) throw new RangeError(`${issue.field}: ${issue.message}`);
  const radix = switchRadix(inputs.switch_bandwidth_tbps, inputs.port_speed_gbps);
  const { down, up } = leafPorts(radix, inputs.oversubscription);
  const endpoints = inputs.accelerators * inputs.ports_per_accelerator;
  const leaves = leavesFor(endpoints, inputs.rails, down);
  const leafUplinks = leaves * up;
  const leaf: SwitchTierCount = {
    name: 'leaf',
    switches: leaves,
    down_ports: down,
    up_ports: up,
    ports_used: endpoints + leafUplinks,
  };
  if (inputs.tier_count === 2) {
    const spines = Math.ceil(leafUplinks / radix);
    return {
      radix,
      endpoints,
      capacity_endpoints: capacityEndpoints(radix, down, 2),
      links_per_tier: [endpoints, leafUplinks],
      switch_tiers: [
        leaf,
        {
          name: 'spine',
          switches: spines,
          down_ports: radix,
          up_ports: 0,
          ports_used: leafUplinks,
        },
      ],
      switches: leaves + spines,
      effective_oversubscription: down / up,
    };
  }
  const half = Math.floor(radix / 2);
  const aggregation = Math.ceil(leafUplinks / half);
  const coreLinks = leafUplinks;
  const cores = Math.ceil(coreLinks / radix);
  return {
    radix,
    endpoints,
    capacity_endpoints: capacityEndpoints(radix, down, 3),
    links_per_tier: [endpoints, leafUplinks, coreLinks],
    switch_tiers: [
      leaf,
      {
        name: 'aggregation',
        switches: aggregation,
        down_ports: half,
        up_ports: half,
        ports_used: leafUplinks + coreLinks,
      },
      { name: 'core', switches: cores, down_ports: radix, up_ports: 0, ports_used: coreLinks },
    ],
    switches: leaves + aggregation + cores,
    effective_oversubscription: down / up,
  };
}
