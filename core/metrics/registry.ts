/**
 * Every metric a design produces, with its unit, which way is better, and how to print it. The CLI
 * table, the Compare view, sweeps and Pareto fronts all read this one list.
 */
export type MetricGroup = 'power' | 'reach' | 'density' | 'cost' | 'reliability' | 'latency';

export interface MetricInfo {
  readonly id: MetricId;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  readonly decimals: number;
  readonly group: MetricGroup;
  readonly description: string;
  /** The Methods entry (core/methods) that explains how it is computed. */
  readonly method: string;
}

export const metricIds = [
  'energy_pJ_per_bit',
  'module_energy_pJ_per_bit',
  'module_power_W',
  'port_power_W',
  'link_power_W',
  'max_reach_m',
  'link_margin_dB',
  'faceplate_tbps_per_ru',
  'shoreline_gbps_per_mm',
  'area_tbps_per_mm2',
  'fibers_per_link',
  'cost_usd_per_gbps',
  'link_capex_usd',
  'tco_usd',
  'fit',
  'failures_per_year',
  'blast_radius_ports',
  'latency_ns',
] as const;
export type MetricId = (typeof metricIds)[number];

const METHOD_OF_GROUP: Readonly<Record<MetricGroup, string>> = {
  power: 'energy-per-bit',
  reach: 'max-reach',
  density: 'density',
  cost: 'cost',
  reliability: 'reliability',
  latency: 'latency',
};

const info = (
  id: MetricId,
  label: string,
  unit: string,
  better: MetricInfo['better'],
  decimals: number,
  group: MetricGroup,
  description: string,
): MetricInfo => ({
  id,
  label,
  unit,
  better,
  decimals,
  group,
  description,
  method: METHOD_OF_GROUP[group],
});

export const METRICS: Readonly<Record<MetricId, MetricInfo>> = {
  energy_pJ_per_bit: info(
    'energy_pJ_per_bit',
    'Energy per bit',
    'pJ/bit',
    'lower',
    2,
    'power',
    'Port power (module + host SerDes, one end) ÷ port rate',
  ),
  module_energy_pJ_per_bit: info(
    'module_energy_pJ_per_bit',
    'Module energy per bit',
    'pJ/bit',
    'lower',
    2,
    'power',
    'Module or engine share alone ÷ port rate',
  ),
  module_power_W: info(
    'module_power_W',
    'Module power',
    'W',
    'lower',
    2,
    'power',
    'One module or engine share, one end',
  ),
  port_power_W: info(
    'port_power_W',
    'Port power',
    'W',
    'lower',
    2,
    'power',
    'Module + host SerDes, one end',
  ),
  link_power_W: info(
    'link_power_W',
    'Link power',
    'W',
    'lower',
    2,
    'power',
    'Both ends of the link',
  ),
  max_reach_m: info(
    'max_reach_m',
    'Max reach',
    'm',
    'higher',
    0,
    'reach',
    'Length where the margin falls to the required margin',
  ),
  link_margin_dB: info(
    'link_margin_dB',
    'Link margin',
    'dB',
    'higher',
    2,
    'reach',
    'Margin at the design length',
  ),
  faceplate_tbps_per_ru: info(
    'faceplate_tbps_per_ru',
    'Faceplate density',
    'Tb/s/RU',
    'higher',
    1,
    'density',
    'Ports per rack unit × port rate',
  ),
  shoreline_gbps_per_mm: info(
    'shoreline_gbps_per_mm',
    'Shoreline density',
    'Gb/s/mm',
    'higher',
    0,
    'density',
    'Bandwidth per mm of die or package edge',
  ),
  area_tbps_per_mm2: info(
    'area_tbps_per_mm2',
    'Area density',
    'Tb/s/mm²',
    'higher',
    3,
    'density',
    'Engine rate ÷ engine footprint',
  ),
  fibers_per_link: info(
    'fibers_per_link',
    'Fibers per link',
    'fibers',
    'lower',
    0,
    'density',
    'Fibers (or copper pairs) a link uses',
  ),
  cost_usd_per_gbps: info(
    'cost_usd_per_gbps',
    'Cost per Gb/s',
    '$/Gb/s',
    'lower',
    3,
    'cost',
    'Link bill of materials ÷ port rate, at the chosen volume',
  ),
  link_capex_usd: info(
    'link_capex_usd',
    'Link capex',
    '$',
    'lower',
    0,
    'cost',
    'Both ends, external lasers, cable, shuffle',
  ),
  tco_usd: info(
    'tco_usd',
    'Link TCO',
    '$',
    'lower',
    0,
    'cost',
    'Capex + energy (with PUE) + replacements over the lifetime',
  ),
  fit: info(
    'fit',
    'Link FIT',
    'FIT',
    'lower',
    0,
    'reliability',
    'Failures per 10⁹ hours, all parts of one link',
  ),
  failures_per_year: info(
    'failures_per_year',
    'Failures per year',
    '/yr',
    'lower',
    4,
    'reliability',
    'Expected failures of one link per year',
  ),
  blast_radius_ports: info(
    'blast_radius_ports',
    'Blast radius',
    'ports',
    'lower',
    0,
    'reliability',
    'Ports one failure takes down',
  ),
  latency_ns: info(
    'latency_ns',
    'Latency',
    'ns',
    'lower',
    1,
    'latency',
    'Serialization + FEC + DSP + propagation, one way',
  ),
};

/**
 * A metric as a plain number for arithmetic and columns (sweeps, Pareto, sensitivity): NaN where it
 * does not exist. NaN stays inside the computation — every output writes it as null, empty or "—".
 */
export function metricNumber(
  values: Readonly<Record<MetricId, number | null>>,
  id: MetricId,
): number {
  return values[id] ?? Number.NaN;
}

/**
 * Sorts metric values best first by the metric's direction; a value that does not exist (null,
 * NaN: not applicable or infeasible) always sorts last, in either direction, so an infeasible
 * design never heads a ranking.
 */
export function compareMetricValues(
  a: number | null,
  b: number | null,
  better: MetricInfo['better'],
): number {
  const missingA = a === null || !Number.isFinite(a);
  const missingB = b === null || !Number.isFinite(b);
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  return better === 'lower' ? a - b : b - a;
}
