import Papa from 'papaparse';
import { METRICS, metricIds, evaluateScenario, type Scenario } from '../../index';
import { formatNumber, formatTable } from '../format-table';

/**
 * `lightbench compare`: every metric of every design. The table puts metrics in rows so a handful
 * of designs read side by side; CSV and JSON put designs in rows, one column per metric.
 */
export function compareRecords(
  scenario: Scenario,
): Record<string, string | number | boolean | null>[] {
  return evaluateScenario(scenario).map(({ design, link, metrics, infeasible }) => ({
    id: design.id,
    name: design.name,
    category: design.technology.category,
    meets_required_margin: link.meets_required_margin,
    limiting_mechanism: link.limiting_mechanism,
    // An infeasible design says why; its metrics that do not exist are empty cells.
    infeasible: infeasible?.mechanism ?? '',
    infeasible_reason: infeasible?.reason ?? '',
    ...Object.fromEntries(metricIds.map((id) => [id, metrics.values[id]])),
  }));
}

export function compareJson(scenario: Scenario): string {
  const designs = evaluateScenario(scenario).map(({ design, link, metrics, infeasible }) => ({
    id: design.id,
    name: design.name,
    category: design.technology.category,
    link_margin_dB: link.link_margin_dB,
    meets_required_margin: link.meets_required_margin,
    limiting_mechanism: link.limiting_mechanism,
    infeasible,
    metrics: metrics.values,
    /** Why each null metric is null. */
    missing: metrics.missing,
    energy_breakdown_pJ_per_bit: metrics.energy
      ? Object.fromEntries(metrics.energy.parts.map((part) => [part.id, part.energy_pJ_per_bit]))
      : null,
    bill_of_materials: metrics.cost.lines,
  }));
  return JSON.stringify(
    { scenario: scenario.name, assumptions: scenario.assumptions, designs },
    jsonNumbers,
    2,
  );
}

/** JSON has no Infinity or NaN: write them as null (reach beyond range, metric not applicable). */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/** The CSV columns, in order: also the header of a scenario with no designs. */
export const COMPARE_CSV_COLUMNS: readonly string[] = [
  'id',
  'name',
  'category',
  'meets_required_margin',
  'limiting_mechanism',
  'infeasible',
  'infeasible_reason',
  ...metricIds,
];

export function compareCsv(scenario: Scenario): string {
  const records = compareRecords(scenario).map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        key,
        value === null || (typeof value === 'number' && !Number.isFinite(value)) ? '' : value,
      ]),
    ),
  );
  return `${Papa.unparse({ fields: [...COMPARE_CSV_COLUMNS], data: records })}\n`;
}

export function compareTable(scenario: Scenario): string {
  const evaluations = evaluateScenario(scenario);
  const headers = ['metric', 'unit', ...evaluations.map((e) => e.design.name)];
  const rows = metricIds.map((id) => {
    const info = METRICS[id];
    return [
      info.label,
      info.unit,
      ...evaluations.map((e) => formatNumber(e.metrics.values[id], info.decimals)),
    ];
  });
  return `${scenario.name}\n\n${formatTable(headers, rows)}`;
}
