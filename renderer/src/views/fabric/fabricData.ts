import Papa from 'papaparse';
import { withTierCount } from '../../../../core';
import type { Fabric, FabricEvaluation, TechnologyCategory } from '../../../../core';

/** The cluster-wide inputs of the Fabric view; they apply to every fabric option shown. */
export interface ClusterInputs {
  readonly accelerators: number;
  readonly ports_per_accelerator: number;
  readonly port_speed_gbps: number;
  readonly switch_bandwidth_tbps: number;
  readonly tier_count: 2 | 3;
  readonly oversubscription: number;
  readonly accelerator_power_W: number;
}

export const SWITCH_BANDWIDTHS_TBPS = [25.6, 51.2, 102.4] as const;

export function clusterOf(fabric: Fabric): ClusterInputs {
  return {
    accelerators: fabric.accelerators,
    ports_per_accelerator: fabric.ports_per_accelerator,
    port_speed_gbps: fabric.port_speed_gbps,
    switch_bandwidth_tbps: fabric.switch_bandwidth_tbps,
    tier_count: fabric.tiers.length === 2 ? 2 : 3,
    oversubscription: fabric.oversubscription,
    accelerator_power_W: fabric.accelerator_power_W,
  };
}

export function applyCluster(fabric: Fabric, cluster: ClusterInputs): Fabric {
  const { tier_count, ...fields } = cluster;
  return withTierCount({ ...fabric, ...fields }, tier_count);
}

export type OkEvaluation = FabricEvaluation & { ok: true };

/** One row of the per-tier table and the CSV: a tier, the switches, or an option's total. */
export interface TierRow {
  readonly option_id: string;
  readonly option: string;
  readonly row: string;
  readonly kind: 'tier' | 'switches' | 'total';
  readonly links: number;
  readonly reach_min_m: number;
  readonly reach_max_m: number;
  readonly technology: string;
  readonly category: TechnologyCategory | '';
  readonly closes: boolean;
  readonly power_W: number;
  readonly capex_usd: number;
  readonly tco_usd: number;
  readonly failures_per_day: number;
}

export function tierRows(result: OkEvaluation): TierRow[] {
  const base = { option_id: result.fabric.id, option: result.fabric.name };
  const rows: TierRow[] = result.tiers.map((tier) => {
    const used = tier.links.bins.filter((bin) => bin.links > 0);
    return {
      ...base,
      row: tier.name,
      kind: 'tier',
      links: tier.links.links,
      reach_min_m: Math.min(...used.map((bin) => bin.length_m[0])),
      reach_max_m: Math.max(...used.map((bin) => bin.length_m[1])),
      technology: tier.design.name,
      category: tier.design.technology.category,
      closes: tier.closes,
      power_W: tier.links.power_W,
      capex_usd: tier.links.capex_usd,
      tco_usd: tier.links.tco_usd,
      failures_per_day: tier.links.failures_per_day,
    };
  });
  const groups = [
    [`Switches (radix ${result.topology.radix})`, result.switches],
    ['Scale-up switches', result.scale_up_switches],
  ] as const;
  for (const [row, group] of groups) {
    if (group === null) continue;
    rows.push({
      ...base,
      row,
      kind: 'switches',
      links: group.switches,
      reach_min_m: Number.NaN,
      reach_max_m: Number.NaN,
      technology: `${group.switches.toLocaleString('en-US')} switches`,
      category: '',
      closes: true,
      power_W: group.power_W,
      capex_usd: group.capex_usd,
      tco_usd: group.tco_usd,
      failures_per_day: group.failures_per_day,
    });
  }
  const totals = result.totals;
  rows.push({
    ...base,
    row: 'Total',
    kind: 'total',
    links: totals.links,
    reach_min_m: Number.NaN,
    reach_max_m: Number.NaN,
    technology: '',
    category: '',
    closes: result.tiers.every((tier) => tier.closes),
    power_W: totals.network_power_W,
    capex_usd: totals.capex_usd,
    tco_usd: totals.tco_usd,
    failures_per_day: totals.failures_per_day,
  });
  return rows;
}

/** The per-tier table as CSV; switch rows count switches in `links`. Blank where not applicable. */
export function fabricCsv(results: readonly OkEvaluation[]): string {
  const records = results
    .flatMap(tierRows)
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          typeof value === 'number' && !Number.isFinite(value) ? '' : value,
        ]),
      ),
    );
  return `${Papa.unparse(records)}\n`;
}

const MINUS = '\u2212';

export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

export function formatMegawatts(watts: number): string {
  return Number.isFinite(watts) ? `${(watts / 1e6).toFixed(2)} MW` : '—';
}

export function formatKilowatts(watts: number): string {
  if (!Number.isFinite(watts)) return '—';
  return watts >= 1e6 ? formatMegawatts(watts) : `${(watts / 1e3).toFixed(1)} kW`;
}

export function formatDollars(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  if (usd >= 1e9) return `$${(usd / 1e9).toFixed(2)} B`;
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(1)} M`;
  return `$${(usd / 1e3).toFixed(0)} k`;
}

export function formatPercent(fraction: number, digits = 1): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(digits)} %` : '—';
}

export function formatRate(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(digits);
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function formatReach(row: TierRow): string {
  if (!Number.isFinite(row.reach_min_m)) return '';
  const part = (m: number) => (m >= 1000 ? `${m / 1000} km` : `${m} m`);
  return `${part(row.reach_min_m)} – ${part(row.reach_max_m)}`;
}

export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario'
  );
}
