import {
  formatMonth,
  type METRICS,
  type GateOutcome,
  type Roadmap,
  type RoadmapResult,
  type Slip,
} from '../../../../core';

/** Pure helpers of the Roadmap view: CSV tables and slip edits (tested without a DOM). */
const csvCell = (value: string | number | null) => {
  const text =
    value === null || (typeof value === 'number' && !Number.isFinite(value)) ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvRow = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(',');

/** One row per gate criterion: the evidence at P50 and P90 and the margins. */
export function gatesCsv(gates: readonly GateOutcome[]): string {
  const header = [
    'gate',
    'p50_date',
    'p90_date',
    'gate_status',
    'criterion',
    'op',
    'threshold',
    'value_p50',
    'value_p90',
    'margin_p50',
    'margin_p90',
    'origin',
    'criterion_status',
    'missing',
  ];
  const rows = gates.flatMap((gate) =>
    gate.criteria.map((c) =>
      csvRow([
        gate.gate.id,
        formatMonth(gate.date_p50),
        formatMonth(gate.date_p90),
        gate.status,
        c.criterion.key,
        c.criterion.op,
        c.criterion.value,
        c.evidence?.p50 ?? null,
        c.evidence?.p90 ?? null,
        c.margin_p50,
        c.margin_p90,
        c.evidence?.origin ?? null,
        c.status,
        c.missing,
      ]),
    ),
  );
  return `${[csvRow(header), ...rows].join('\n')}\n`;
}

/** Every technology at every quarter: pass, the bar's metrics, the cluster MW and $. */
export function timelineCsv(result: RoadmapResult): string {
  const metrics = [
    ...new Set([
      'cost_usd_per_gbps',
      'energy_pJ_per_bit',
      ...(result.bar?.criteria.map((c) => c.metric) ?? []),
    ]),
  ] as (keyof typeof METRICS)[];
  const header = [
    'technology',
    'date',
    'passes_bar',
    ...metrics.map((id) => `${id}`),
    'cluster_MW',
    'cluster_capex_usd',
  ];
  const rows = result.technologies.flatMap((timeline) =>
    timeline.points.map((point) =>
      csvRow([
        timeline.technology.id,
        formatMonth(point.at),
        point.pass ? 'yes' : 'no',
        ...metrics.map((id) => point.values[id]),
        point.cluster_MW,
        point.cluster_capex_usd,
      ]),
    ),
  );
  return `${[csvRow(header), ...rows].join('\n')}\n`;
}

/** The roadmap with `months` more slip on `id` (a slip back to zero is removed). */
export function withSlip(roadmap: Roadmap, id: string, months: number): Roadmap {
  const slips: Slip[] = [...(roadmap.slips ?? [])];
  const index = slips.findIndex((slip) => slip.milestone_id === id);
  const total = (index >= 0 ? (slips[index]?.months ?? 0) : 0) + months;
  if (index >= 0) slips.splice(index, 1);
  if (Math.abs(total) > 1e-9) slips.push({ milestone_id: id, months: total });
  const { slips: _old, ...rest } = roadmap;
  return slips.length > 0 ? { ...rest, slips } : rest;
}
