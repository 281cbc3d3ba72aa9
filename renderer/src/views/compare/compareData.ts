import Papa from 'papaparse';
import { evaluateDesignFully, METRICS, metricIds, referenceFor } from '../../../../core';
import type {
  Assumptions,
  Design,
  DesignEvaluation,
  MetricGroup,
  MetricId,
  MetricInfo,
  ProvenanceKind,
  Scenario,
} from '../../../../core';

/** One design in the comparison: fully evaluated, or the reason it could not be. */
export type CompareRow =
  | { readonly ok: true; readonly design: Design; readonly evaluation: DesignEvaluation }
  | { readonly ok: false; readonly design: Design; readonly error: string };

interface Cached {
  readonly assumptions: Assumptions;
  readonly row: CompareRow;
}

/**
 * Evaluations are derived and cached per design object, like the link results in store/results:
 * an edit replaces one design object, so only that design is evaluated again. The metrics also
 * depend on the scenario's assumptions, so a cached row is reused only with the same assumptions.
 */
const cache = new WeakMap<Design, Cached>();

function rowOf(design: Design, assumptions: Assumptions): CompareRow {
  const cached = cache.get(design);
  if (cached !== undefined && cached.assumptions === assumptions) return cached.row;
  let row: CompareRow;
  try {
    row = { ok: true, design, evaluation: evaluateDesignFully(design, assumptions) };
  } catch (error) {
    row = { ok: false, design, error: error instanceof Error ? error.message : String(error) };
  }
  cache.set(design, { assumptions, row });
  return row;
}

export function compareRows(scenario: Scenario): CompareRow[] {
  return scenario.designs.map((design) => rowOf(design, scenario.assumptions));
}

/** A metric as a number for sorting and charts: NaN where it does not exist (sorted last). */
export function metricValue(row: CompareRow, metricId: MetricId): number {
  return row.ok ? (row.evaluation.metrics.values[metricId] ?? Number.NaN) : Number.NaN;
}

/** Why a row's metric is missing ("infeasible: …", "not applicable: …"), or undefined. */
export function missingReason(row: CompareRow, metricId: MetricId): string | undefined {
  return row.ok ? row.evaluation.metrics.missing[metricId] : undefined;
}

export const GROUP_LABELS: Readonly<Record<MetricGroup, string>> = {
  power: 'Power',
  reach: 'Reach',
  density: 'Density',
  cost: 'Cost',
  reliability: 'Reliability',
  latency: 'Latency',
};

const GROUP_ORDER: readonly MetricGroup[] = [
  'power',
  'reach',
  'density',
  'cost',
  'reliability',
  'latency',
];

export interface MetricColumnGroup {
  readonly group: MetricGroup;
  readonly label: string;
  readonly metrics: readonly MetricInfo[];
}

/** The table's column groups, in a fixed order; metrics keep the registry's order within a group. */
export const METRIC_COLUMN_GROUPS: readonly MetricColumnGroup[] = GROUP_ORDER.map((group) => ({
  group,
  label: GROUP_LABELS[group],
  metrics: metricIds.map((id) => METRICS[id]).filter((info) => info.group === group),
}));

// ---- Formatting ----

const MINUS = '\u2212';

/**
 * A metric as the table shows it: the registry's decimals with thousands separators; NaN is "not
 * applicable" (—); +∞ of a lower-is-better metric, or −∞, means the link cannot close.
 */
export function formatMetric(value: number | null, info: MetricInfo): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (value === Number.POSITIVE_INFINITY) return info.better === 'lower' ? 'cannot close' : '∞';
  if (value === Number.NEGATIVE_INFINITY) return 'cannot close';
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: info.decimals,
    maximumFractionDigits: info.decimals,
  });
  // "-0.00" reads as a sign error; a true minus lines up with digits.
  if (/^-[0.,]+$/.test(text)) return text.slice(1);
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

// ---- Sorting and best values ----

export type SortKey = 'name' | MetricId;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** First click on a metric sorts best-first; clicking the same column again flips it. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current !== null && current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const better = key === 'name' ? 'lower' : METRICS[key].better;
  return { key, direction: better === 'lower' ? 'ascending' : 'descending' };
}

/**
 * Rows in sort order; `null` keeps the scenario's order. Not-applicable values (NaN) and designs
 * that failed to evaluate always go last, whichever the direction. The sort is stable.
 */
export function sortRows(rows: readonly CompareRow[], sort: SortState | null): CompareRow[] {
  if (sort === null) return rows.slice();
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') {
    return rows.slice().sort((a, b) => sign * a.design.name.localeCompare(b.design.name));
  }
  const key = sort.key;
  return rows.slice().sort((a, b) => {
    const x = metricValue(a, key);
    const y = metricValue(b, key);
    if (Number.isNaN(x) || Number.isNaN(y))
      return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    return x === y ? 0 : sign * (x < y ? -1 : 1);
  });
}

/**
 * The best value of a column, or undefined when there is nothing to single out (fewer than two
 * comparable values, or all equal). A link that cannot close (+∞ of a lower-is-better metric, or
 * −∞) is comparable, and worse than any number, but never "best".
 */
export function bestValue(values: readonly number[], info: MetricInfo): number | undefined {
  const comparable = values.filter((value) => !Number.isNaN(value));
  if (comparable.length < 2) return undefined;
  const achievable = comparable.filter(
    (value) =>
      value !== Number.NEGATIVE_INFINITY &&
      !(info.better === 'lower' && value === Number.POSITIVE_INFINITY),
  );
  if (achievable.length === 0) return undefined;
  const best = info.better === 'lower' ? Math.min(...achievable) : Math.max(...achievable);
  return comparable.every((value) => value === best) ? undefined : best;
}

// ---- Provenance ----

type PathTest = (path: string) => boolean;

const under =
  (...prefixes: string[]): PathTest =>
  (path) =>
    prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));

/** Link-budget inputs: everything outside the technology section. */
const linkInputs: PathTest = (path) => !path.startsWith('technology.');
const lengthInputs = under('channel.length_m', 'length_km', 'cable.length_m');
const rate = 'technology.module_rate_gbps';
const power = under('technology.power', rate);
const cost = under('technology.cost', rate);
const reliability = under('technology.reliability');
const either =
  (...tests: PathTest[]): PathTest =>
  (path) =>
    tests.some((test) => test(path));

/**
 * Which of a design's inputs drive each metric: the parameter paths whose provenance the table
 * shows on hover. Energy follows the power section (and the port rate it is divided by), reach
 * the link budget, cost the bill of materials, and so on; TCO draws on power, cost and
 * reliability together.
 */
const METRIC_INPUTS: Readonly<Record<MetricId, PathTest>> = {
  energy_pJ_per_bit: power,
  module_energy_pJ_per_bit: power,
  module_power_W: power,
  port_power_W: power,
  link_power_W: power,
  max_reach_m: linkInputs,
  link_margin_dB: linkInputs,
  faceplate_tbps_per_ru: under('technology.density.ports_per_ru', rate),
  shoreline_gbps_per_mm: under('technology.density', rate),
  area_tbps_per_mm2: under('technology.density', rate),
  fibers_per_link: under('technology.density.fibers_per_link'),
  cost_usd_per_gbps: either(cost, lengthInputs),
  link_capex_usd: either(cost, lengthInputs),
  tco_usd: either(cost, power, reliability, lengthInputs),
  fit: reliability,
  failures_per_year: reliability,
  blast_radius_ports: under('technology.reliability.blast_radius_ports'),
  latency_ns: either(under('technology.latency', rate), lengthInputs),
};

export interface SourceSummary {
  readonly source: string;
  readonly year: number;
  readonly kind: ProvenanceKind;
  /** The reference's title, or undefined when the key is not in core/references.ts. */
  readonly title: string | undefined;
  /** The design's parameter paths this source backs. */
  readonly paths: readonly string[];
}

/** The sources behind a metric of a design, most-cited first. */
export function metricSources(design: Design, metricId: MetricId): SourceSummary[] {
  const test = METRIC_INPUTS[metricId];
  const bySource = new Map<
    string,
    { source: string; year: number; kind: ProvenanceKind; paths: string[] }
  >();
  for (const [path, provenance] of Object.entries(design.provenance ?? {})) {
    if (!test(path)) continue;
    const key = `${provenance.source}|${provenance.year}|${provenance.kind}`;
    const entry = bySource.get(key) ?? {
      source: provenance.source,
      year: provenance.year,
      kind: provenance.kind,
      paths: [],
    };
    entry.paths.push(path);
    bySource.set(key, entry);
  }
  return [...bySource.values()]
    .sort((a, b) => b.paths.length - a.paths.length || a.source.localeCompare(b.source))
    .map((entry) => ({ ...entry, title: referenceFor(entry.source)?.title }));
}

/** The hover text of a table cell: the metric, then one line (and its title) per source. */
export function provenanceText(design: Design, info: MetricInfo): string {
  const sources = metricSources(design, info.id);
  const head = `${info.label} (${info.unit}): ${info.description}`;
  if (sources.length === 0) return `${head}\nNo sources recorded for its inputs.`;
  const lines = sources.map((entry) => {
    const count = `${entry.paths.length} input${entry.paths.length === 1 ? '' : 's'}`;
    const title = entry.title === undefined ? '' : `\n    ${entry.title}`;
    return `• ${entry.source} · ${entry.year} · ${entry.kind} (${count})${title}`;
  });
  return [`${head}`, 'Sources of its inputs:', ...lines].join('\n');
}

// ---- CSV ----

/** The header of a metric column: its id, with the unit in brackets. */
export function csvMetricHeader(info: MetricInfo): string {
  return `${info.id} [${info.unit}]`;
}

/**
 * The table as CSV: one row per design (in the given order), full-precision numbers. A metric that
 * does not exist (not applicable, or the design is infeasible) is an empty cell; `infeasible` and
 * `infeasible_reason` say why a design has none. No cell is ever NaN or ±Infinity.
 */
export function compareCsv(rows: readonly CompareRow[]): string {
  const metrics = metricIds.map((id) => METRICS[id]);
  const fields = [
    'id',
    'name',
    'category',
    'meets_required_margin',
    'infeasible',
    'infeasible_reason',
    ...metrics.map(csvMetricHeader),
  ];
  const data = rows.map((row) => [
    row.design.id,
    row.design.name,
    row.design.technology.category,
    row.ok ? String(row.evaluation.link.meets_required_margin) : 'error',
    row.ok ? (row.evaluation.infeasible?.mechanism ?? '') : '',
    row.ok ? (row.evaluation.infeasible?.reason ?? '') : '',
    ...metrics.map((info) => {
      const value = metricValue(row, info.id);
      return Number.isFinite(value) ? String(value) : '';
    }),
  ]);
  return `${Papa.unparse({ fields, data })}\n`;
}

/** Longest chart label: catalog names run to 50 characters and would crowd out the bars. */
const LABEL_CHARS = 30;

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * Labels for charts: names cut to a readable length, unique even when two designs share a name
 * (a catalog entry added twice) by adding the id.
 */
export function chartLabels(rows: readonly CompareRow[]): Map<string, string> {
  const short = (row: CompareRow) => shorten(row.design.name, LABEL_CHARS);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(short(row), (counts.get(short(row)) ?? 0) + 1);
  return new Map(
    rows.map((row) => [
      row.design.id,
      (counts.get(short(row)) ?? 0) > 1
        ? `${shorten(row.design.name, LABEL_CHARS - 8)} (${row.design.id})`
        : short(row),
    ]),
  );
}
