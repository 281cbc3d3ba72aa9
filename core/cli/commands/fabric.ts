import {
  evaluateScenarioFabrics,
  type FabricEvaluation,
  type Scenario,
  type TierResult,
} from '../../index';
import { formatNumber, formatTable } from '../format-table';
import { CliInputError } from '../read-scenario';

/**
 * `lightbench fabric`: the fabric roll-up of every fabric option in a scenario — per tier the
 * links, their reach, the technology, watts, dollars and failures a day, then the cluster totals
 * (MW and share of cluster power, capex, TCO, failures and job interruptions a day, goodput lost
 * to checkpoint/restart). A scenario without fabrics, or one naming an unknown design or launch
 * criteria, is bad input (exit 2).
 */
function evaluations(scenario: Scenario): readonly (FabricEvaluation & { ok: true })[] {
  if (!scenario.fabrics || scenario.fabrics.length === 0) {
    throw new CliInputError(
      `${scenario.name} has no fabrics: add a "fabrics" list (see examples/fabric-100k.json)`,
    );
  }
  const results = evaluateScenarioFabrics(scenario);
  const issues = results.flatMap((result, index) =>
    result.ok
      ? []
      : result.issues.map((issue) => `  fabrics[${index}].${issue.path}: ${issue.message}`),
  );
  if (issues.length > 0)
    throw new CliInputError(`the scenario's fabrics cannot be evaluated:\n${issues.join('\n')}`);
  return results.filter((result): result is FabricEvaluation & { ok: true } => result.ok);
}

const integer = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
/** $1.87 B, $870 M: millions and billions a reader takes in at a glance. */
const dollars = (usd: number) =>
  usd >= 1e9 ? `$${formatNumber(usd / 1e9, 2)} B` : `$${formatNumber(usd / 1e6, 1)} M`;
const reachOf = (tier: TierResult) => {
  const lengths = tier.links.bins.filter((bin) => bin.links > 0).flatMap((bin) => bin.length_m);
  return lengths.length === 0 ? '—' : `${Math.min(...lengths)}–${Math.max(...lengths)} m`;
};

function tierRows(result: FabricEvaluation & { ok: true }): string[][] {
  const rows = result.tiers.map((tier) => [
    tier.name,
    integer(tier.links.links),
    reachOf(tier),
    `${tier.design.id}${tier.mode === 'auto' ? ` (auto: ${tier.objective})` : ''}${tier.closes ? '' : ' — does not close'}`,
    integer(tier.links.power_W),
    integer(tier.links.capex_usd),
    formatNumber(tier.links.failures_per_day, 2),
  ]);
  const switches = [result.switches, result.scale_up_switches].flatMap((group, index) =>
    group === null
      ? []
      : [
          [
            index === 0 ? `Switches (radix ${result.topology.radix})` : 'Scale-up switches',
            integer(group.switches),
            '',
            '',
            integer(group.power_W),
            integer(group.capex_usd),
            formatNumber(group.failures_per_day, 2),
          ],
        ],
  );
  const totals = result.totals;
  return [
    ...rows,
    ...switches,
    [
      'Total',
      integer(totals.links),
      '',
      '',
      integer(totals.network_power_W),
      integer(totals.capex_usd),
      formatNumber(totals.failures_per_day, 2),
    ],
  ];
}

function summary(result: FabricEvaluation & { ok: true }): string {
  const { totals, goodput, topology } = result;
  const fabric = result.fabric;
  const percent = (value: number) => `${formatNumber(value * 100, 1)} %`;
  return [
    `${fabric.accelerators.toLocaleString('en-US')} accelerators × ${fabric.ports_per_accelerator} × ${fabric.port_speed_gbps} Gb/s, ${fabric.switch_bandwidth_tbps} Tb/s switches (radix ${topology.radix}), ${fabric.tiers.length} tiers at ${fabric.oversubscription}:1${fabric.rail_optimized ? ', rail-optimized' : ''}`,
    `switches ${integer(totals.switches)} · transceivers/engine shares ${integer(totals.transceivers)} · cables ${integer(totals.cables)} · fibers ${integer(totals.fibers)}`,
    `optics ${formatNumber(totals.optics_power_W / 1e6, 2)} MW (${percent(totals.optics_power_share)} of cluster power) · network ${formatNumber(totals.network_power_W / 1e6, 2)} MW (${percent(totals.network_power_share)}) · cluster ${formatNumber(totals.cluster_power_W / 1e6, 1)} MW`,
    `capex ${dollars(totals.capex_usd)} · TCO ${dollars(totals.tco_usd)} over the lifetime`,
    `failures ${formatNumber(totals.failures_per_day, 2)}/day · interruptions ${formatNumber(totals.interruptions_per_day, 1)}/day (network ${formatNumber(totals.network_interruptions_per_day, 1)}) · MTBI ${formatNumber(goodput.mtbi_s / 60, 1)} min · checkpoint every ${formatNumber(goodput.checkpoint_interval_s, 0)} s · goodput lost ${percent(goodput.lost_fraction)}`,
  ].join('\n');
}

export function fabricTable(scenario: Scenario): string {
  const headers = ['tier', 'links', 'reach', 'technology', 'W', '$', 'failures/day'];
  const blocks = evaluations(scenario).map(
    (result) =>
      `${result.fabric.name}\n${summary(result)}\n\n${formatTable(headers, tierRows(result))}`,
  );
  return `${scenario.name}\n\n${blocks.join('\n\n')}`;
}

/** JSON has no Infinity or NaN: write them as null. */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

export function fabricJson(scenario: Scenario): string {
  const fabrics = evaluations(scenario).map((result) => ({
    id: result.fabric.id,
    name: result.fabric.name,
    radix: result.topology.radix,
    switch_tiers: result.topology.switch_tiers,
    tiers: result.tiers.map((tier) => ({
      name: tier.name,
      role: tier.role,
      design_id: tier.design.id,
      category: tier.design.technology.category,
      mode: tier.mode,
      objective: tier.objective ?? null,
      longest_reach_m: tier.longest_reach_m,
      margin_at_longest_dB: tier.margin_at_longest_dB,
      required_margin_dB: tier.required_margin_dB,
      closes: tier.closes,
      links: tier.links.links,
      transceivers: tier.links.transceivers,
      cables: tier.links.cables,
      fibers: tier.links.fibers,
      power_W: tier.links.power_W,
      capex_usd: tier.links.capex_usd,
      tco_usd: tier.links.tco_usd,
      failures_per_day: tier.links.failures_per_day,
      bins: tier.links.bins.map((bin) => ({
        label: bin.label,
        share: bin.share,
        length_m: bin.length_m,
        evaluated_at_m: bin.evaluated_at_m,
        links: bin.links,
        power_W: bin.power_W,
        capex_usd: bin.capex_usd,
        failures_per_day: bin.failures_per_day,
      })),
    })),
    switches: result.switches,
    scale_up_switches: result.scale_up_switches,
    totals: result.totals,
    goodput: result.goodput,
  }));
  return JSON.stringify(
    { scenario: scenario.name, assumptions: scenario.assumptions, fabrics },
    jsonNumbers,
    2,
  );
}
