import type { Command } from 'commander';
import {
  CATALOG,
  DEFAULT_ASSUMPTIONS,
  evaluateDesignFully,
  INFEASIBLE_MECHANISM_LABELS,
  referenceFor,
  type Design,
} from '../../index';
import type { CliIo } from '../io';
import { formatNumber, formatTable } from '../format-table';
import { CliInputError } from '../read-scenario';

/**
 * `lightbench catalog [id] [--json]`: the technology catalog's archetypes — the ids scenario files
 * use in `catalog_id` and in a fabric tier's `design_id` — with their key figures (from the same
 * evaluation the app and `compare` use, at the archetype's own length and the default economic
 * assumptions) and the sources behind their numbers.
 */
export interface CatalogSource {
  readonly key: string;
  readonly title: string | null;
  readonly year: number;
  readonly kind: string;
  /** The design's parameter paths this source backs. */
  readonly paths: readonly string[];
}

export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: Design['kind'];
  readonly category: string;
  readonly form_factor: string;
  readonly description: string | null;
  readonly figures: {
    readonly module_rate_gbps: number;
    readonly lanes: number;
    readonly lane_rate_gbps: number;
    readonly length_m: number;
    readonly max_reach_m: number;
    readonly limiting_mechanism: string;
    readonly link_margin_dB: number | null;
    readonly energy_pJ_per_bit: number | null;
    readonly module_power_W: number | null;
    readonly cost_usd_per_gbps: number;
    readonly fit: number;
    readonly latency_ns: number;
  };
  /** Why a figure is missing (an archetype that cannot close at its own length), or null. */
  readonly infeasible: string | null;
  readonly sources: readonly CatalogSource[];
}

function sourcesOf(design: Design): CatalogSource[] {
  const byKey = new Map<string, { year: number; kind: string; paths: string[] }>();
  for (const [path, provenance] of Object.entries(design.provenance ?? {})) {
    const entry = byKey.get(provenance.source) ?? {
      year: provenance.year,
      kind: provenance.kind,
      paths: [],
    };
    entry.paths.push(path);
    byKey.set(provenance.source, entry);
  }
  return [...byKey]
    .map(([key, entry]) => ({ key, title: referenceFor(key)?.title ?? null, ...entry }))
    .sort((a, b) => b.paths.length - a.paths.length || a.key.localeCompare(b.key));
}

export function catalogEntry(design: Design): CatalogEntry {
  const { link, metrics, infeasible } = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS);
  const lanes = design.kind === 'coherent' ? 1 : design.lane.lanes;
  return {
    id: design.id,
    name: design.name,
    kind: design.kind,
    category: design.technology.category,
    form_factor: design.technology.form_factor,
    description: design.description ?? null,
    figures: {
      module_rate_gbps: design.technology.module_rate_gbps,
      lanes,
      lane_rate_gbps: link.lane_rate_gbps,
      length_m: link.length_m,
      max_reach_m: link.max_reach_m,
      limiting_mechanism: link.limiting_mechanism,
      link_margin_dB: link.link_margin_dB,
      energy_pJ_per_bit: metrics.values.energy_pJ_per_bit,
      module_power_W: metrics.values.module_power_W,
      cost_usd_per_gbps: metrics.cost.cost_usd_per_gbps,
      fit: metrics.reliability.fit,
      latency_ns: metrics.latency.latency_ns,
    },
    infeasible: infeasible
      ? `${INFEASIBLE_MECHANISM_LABELS[infeasible.mechanism]}: ${infeasible.reason}`
      : null,
    sources: sourcesOf(design),
  };
}

function lengthText(length_m: number): string {
  return length_m >= 10_000
    ? `${formatNumber(length_m / 1000, 1)} km`
    : `${formatNumber(length_m, 0)} m`;
}

export function catalogTable(): string {
  const entries = CATALOG.map(catalogEntry);
  const rows = entries.map((e) => [
    e.id,
    e.name,
    `${e.kind} / ${e.category}`,
    formatNumber(e.figures.module_rate_gbps, 0),
    `${e.figures.lanes} × ${formatNumber(e.figures.lane_rate_gbps, 1)}`,
    lengthText(e.figures.max_reach_m),
    formatNumber(e.figures.energy_pJ_per_bit, 2),
    formatNumber(e.figures.cost_usd_per_gbps, 2),
    e.sources
      .slice(0, 3)
      .map((s) => s.key)
      .join(', ') + (e.sources.length > 3 ? ` +${e.sources.length - 3}` : ''),
  ]);
  const headers = [
    'id',
    'name',
    'kind / category',
    'Gb/s',
    'lanes × Gb/s',
    'max reach',
    'pJ/bit',
    '$/Gb/s',
    'sources',
  ];
  return `Technology catalog: ${entries.length} archetypes (figures at each archetype's own length; \`lightbench catalog <id>\` for one)\n\n${formatTable(headers, rows)}`;
}

export function catalogDetail(entry: CatalogEntry): string {
  const f = entry.figures;
  const lines = [
    `${entry.name}  (${entry.id})`,
    `${entry.kind} · ${entry.category} · ${entry.form_factor}`,
    ...(entry.description ? ['', entry.description] : []),
    '',
    `  port rate          ${formatNumber(f.module_rate_gbps, 0)} Gb/s (${f.lanes} × ${formatNumber(f.lane_rate_gbps, 2)} Gb/s)`,
    `  length             ${lengthText(f.length_m)}`,
    `  max reach          ${lengthText(f.max_reach_m)} (limited by ${f.limiting_mechanism})`,
    `  link margin        ${formatNumber(f.link_margin_dB, 2)} dB`,
    `  energy per bit     ${formatNumber(f.energy_pJ_per_bit, 2)} pJ/bit`,
    `  module power       ${formatNumber(f.module_power_W, 2)} W`,
    `  cost               ${formatNumber(f.cost_usd_per_gbps, 2)} $/Gb/s`,
    `  FIT                ${formatNumber(f.fit, 0)}`,
    `  latency            ${formatNumber(f.latency_ns, 1)} ns`,
    ...(entry.infeasible ? [`  infeasible         ${entry.infeasible}`] : []),
    '',
    `Sources (${entry.sources.length}):`,
    ...entry.sources.map(
      (s) =>
        `  ${s.key} (${s.kind}, ${s.year}) — ${s.title ?? 'not in the reference list'}\n      backs ${s.paths.join(', ')}`,
    ),
  ];
  return lines.join('\n');
}

/** The archetype, or a CliInputError naming the closest ids. */
export function findArchetype(id: string): Design {
  const design = CATALOG.find((d) => d.id === id);
  if (design) return design;
  const needle = id.toLowerCase();
  const near = CATALOG.map((d) => d.id).filter(
    (candidate) =>
      candidate.includes(needle) ||
      needle.split(/[-_\s]+/).some((part) => part.length > 1 && candidate.includes(part)),
  );
  throw new CliInputError(
    `catalog: no archetype with id ${JSON.stringify(id)}${near.length > 0 ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''} (\`lightbench catalog\` lists all ${CATALOG.length})`,
  );
}

export function registerCatalogCommand(program: Command, io: CliIo): void {
  program
    .command('catalog')
    .description(
      'list the technology catalog (id, name, kind, key figures, sources), or show one archetype',
    )
    .argument('[id]', 'an archetype id, e.g. dr8-800g')
    .option('--json', 'print JSON: every archetype, or the one asked for with its full design')
    .action((id: string | undefined, options: { json?: boolean }) => {
      if (id === undefined) {
        io.out(
          options.json
            ? `${JSON.stringify({ archetypes: CATALOG.map(catalogEntry) }, null, 2)}\n`
            : `${catalogTable()}\n`,
        );
        return;
      }
      const design = findArchetype(id);
      const entry = catalogEntry(design);
      io.out(
        options.json
          ? `${JSON.stringify({ ...entry, design }, null, 2)}\n`
          : `${catalogDetail(entry)}\n`,
      );
    });
}
