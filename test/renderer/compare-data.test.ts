import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { METRICS, metricIds } from '../../core';
import type { Scenario } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { compactStepLabel } from '../../renderer/src/charts/waterfall';
import {
  bestValue,
  chartLabels,
  compareCsv,
  compareRows,
  formatMetric,
  METRIC_COLUMN_GROUPS,
  metricSources,
  metricValue,
  nextSort,
  provenanceText,
  sortRows,
} from '../../renderer/src/views/compare/compareData';

const ENERGY = METRICS.energy_pJ_per_bit;

function scenario(): Scenario {
  return firstRunScenario();
}

describe('compareRows', () => {
  it('evaluates every design, once per design object and assumptions', () => {
    const example = scenario();
    const rows = compareRows(example);
    expect(rows.map((row) => row.design.id)).toEqual(example.designs.map((design) => design.id));
    expect(rows.every((row) => row.ok)).toBe(true);
    const again = compareRows(example);
    again.forEach((row, index) => expect(row).toBe(rows[index]));
    const cheaperPower = compareRows({
      ...example,
      assumptions: { ...example.assumptions, energy_usd_per_kWh: 0.01 },
    });
    expect(cheaperPower[0]).not.toBe(rows[0]);
  });

  it('an empty scenario has no rows', () => {
    expect(compareRows({ ...scenario(), designs: [] })).toEqual([]);
  });
});

describe('metric columns', () => {
  it('group every metric exactly once, in power → latency order', () => {
    expect(METRIC_COLUMN_GROUPS.map((group) => group.group)).toEqual([
      'power',
      'reach',
      'density',
      'cost',
      'reliability',
      'latency',
    ]);
    const columns = METRIC_COLUMN_GROUPS.flatMap((group) => group.metrics.map((info) => info.id));
    expect([...columns].sort()).toEqual([...metricIds].sort());
  });
});

describe('formatMetric', () => {
  it.each([
    [19.0791, 'energy_pJ_per_bit', '19.08'],
    [137452.17, 'max_reach_m', '137,452'],
    [-0.004, 'link_margin_dB', '0.00'],
    [-1.5, 'link_margin_dB', '−1.50'],
    [Number.NaN, 'energy_pJ_per_bit', '—'],
    [Number.POSITIVE_INFINITY, 'max_reach_m', '∞'],
    [Number.POSITIVE_INFINITY, 'energy_pJ_per_bit', 'cannot close'],
    [Number.NEGATIVE_INFINITY, 'link_margin_dB', 'cannot close'],
  ] as const)('%s %s → %s', (value, id, expected) => {
    expect(formatMetric(value, METRICS[id])).toBe(expected);
  });
});

describe('sorting', () => {
  const rows = compareRows(scenario());

  it('sorts by a metric ascending and descending', () => {
    const ascending = sortRows(rows, { key: 'energy_pJ_per_bit', direction: 'ascending' });
    const energies = ascending.map((row) => metricValue(row, 'energy_pJ_per_bit'));
    expect(energies).toEqual([...energies].sort((a, b) => a - b));
    const descending = sortRows(rows, { key: 'energy_pJ_per_bit', direction: 'descending' });
    expect(descending.map((row) => row.design.id)).toEqual(
      ascending.map((row) => row.design.id).reverse(),
    );
  });

  it('puts not-applicable values last in both directions', () => {
    const first = rows[0];
    if (first === undefined || !first.ok) throw new Error('no first row');
    const values = { ...first.evaluation.metrics.values, energy_pJ_per_bit: Number.NaN };
    const withNaN = [
      {
        ...first,
        evaluation: { ...first.evaluation, metrics: { ...first.evaluation.metrics, values } },
      },
      ...rows.slice(1),
    ];
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(withNaN, { key: 'energy_pJ_per_bit', direction });
      expect(sorted.at(-1)?.design.id).toBe(first.design.id);
    }
  });

  it('null keeps the scenario order; sorting never mutates its input', () => {
    const order = rows.map((row) => row.design.id);
    expect(sortRows(rows, null).map((row) => row.design.id)).toEqual(order);
    sortRows(rows, { key: 'name', direction: 'descending' });
    expect(rows.map((row) => row.design.id)).toEqual(order);
  });

  it('the first click sorts best-first, the second flips', () => {
    expect(nextSort(null, 'energy_pJ_per_bit')).toEqual({
      key: 'energy_pJ_per_bit',
      direction: 'ascending',
    });
    expect(nextSort(null, 'max_reach_m').direction).toBe('descending');
    const once = nextSort(null, 'max_reach_m');
    expect(nextSort(once, 'max_reach_m').direction).toBe('ascending');
    expect(nextSort(once, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('bestValue', () => {
  it.each([
    [[3, 1, 2], 'energy_pJ_per_bit', 1],
    [[3, 1, 2], 'max_reach_m', 3],
    [[3, Number.NaN, 5], 'energy_pJ_per_bit', 3],
    [[1, Number.POSITIVE_INFINITY], 'max_reach_m', Number.POSITIVE_INFINITY],
    [[5, Number.POSITIVE_INFINITY], 'energy_pJ_per_bit', 5],
    [[0.5, Number.NEGATIVE_INFINITY], 'link_margin_dB', 0.5],
  ] as const)('%j of %s → %s', (values, id, expected) => {
    expect(bestValue(values, METRICS[id])).toBe(expected);
  });

  it.each([
    [[2, 2, 2]],
    [[4]],
    [[Number.NaN, Number.NaN]],
    [[4, Number.NaN]],
    [[Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]],
  ])('singles out nothing in %j', (values) => {
    expect(bestValue(values, ENERGY)).toBeUndefined();
  });
});

describe('metric provenance', () => {
  const design = scenario().designs.find((candidate) => candidate.id === '400gbase-fr4');
  if (design === undefined) throw new Error('the example has no 400GBASE-FR4');

  it('power metrics cite the sources of the power inputs, with reference titles', () => {
    const sources = metricSources(design, 'energy_pJ_per_bit');
    expect(sources.length).toBeGreaterThan(0);
    const paths = sources.flatMap((source) => source.paths);
    expect(
      paths.every((path) => path.startsWith('technology.power.') || path.endsWith('rate_gbps')),
    ).toBe(true);
    expect(paths).toContain('technology.power.driver_pJ_per_bit');
    expect(sources.some((source) => source.title !== undefined)).toBe(true);
  });

  it('reach cites the link-budget inputs, cost the bill of materials', () => {
    const reach = metricSources(design, 'max_reach_m').flatMap((source) => source.paths);
    expect(reach).toContain('rx.sensitivity.oma_dBm');
    expect(reach.some((path) => path.startsWith('technology.'))).toBe(false);
    const cost = metricSources(design, 'cost_usd_per_gbps').flatMap((source) => source.paths);
    expect(cost).toContain('technology.cost.module_usd');
    expect(cost.some((path) => path.startsWith('technology.power.'))).toBe(false);
  });

  it('the hover text names each source with year, kind and title', () => {
    const text = provenanceText(design, ENERGY);
    const [source] = metricSources(design, 'energy_pJ_per_bit');
    if (source === undefined) throw new Error('no source');
    expect(text).toContain(`${source.source} · ${source.year} · ${source.kind}`);
    if (source.title !== undefined) expect(text).toContain(source.title);
  });

  it('says so when a design records no provenance', () => {
    const { provenance: _dropped, ...bare } = design;
    expect(provenanceText(bare, ENERGY)).toContain('No sources recorded');
  });
});

describe('compareCsv', () => {
  it('has a header of metric ids with units and one row per design with full numbers', () => {
    const rows = compareRows(scenario());
    const parsed = Papa.parse<string[]>(compareCsv(rows).trim());
    const [header = [], ...data] = parsed.data;
    expect(header.slice(0, 6)).toEqual([
      'id',
      'name',
      'category',
      'meets_required_margin',
      'infeasible',
      'infeasible_reason',
    ]);
    expect(header).toContain('energy_pJ_per_bit [pJ/bit]');
    expect(header).toHaveLength(6 + metricIds.length);
    expect(data.map((row) => row[0])).toEqual(rows.map((row) => row.design.id));
    const column = header.indexOf('energy_pJ_per_bit [pJ/bit]');
    data.forEach((row, index) => {
      const source = rows[index];
      if (source === undefined) throw new Error('row count');
      expect(Number(row[column])).toBe(metricValue(source, 'energy_pJ_per_bit'));
    });
  });

  it('leaves not-applicable cells empty', () => {
    const rows = compareRows(scenario());
    const [header = [], first = []] = Papa.parse<string[]>(compareCsv(rows).trim()).data;
    const column = header.indexOf('shoreline_gbps_per_mm [Gb/s/mm]');
    expect(first[column]).toBe('');
  });
});

describe('chart labels', () => {
  it('disambiguate designs that share a name by their id', () => {
    const example = scenario();
    const [first] = example.designs;
    if (first === undefined) throw new Error('empty example');
    const rows = compareRows({ ...example, designs: [first, { ...first, id: `${first.id}-2` }] });
    const labels = chartLabels(rows);
    expect(new Set(labels.values()).size).toBe(2);
    expect(labels.get(`${first.id}-2`)).toBe(`${first.name} (${first.id}-2)`);
  });

  it('cut long names to thirty characters', () => {
    const example = scenario();
    const [first] = example.designs;
    if (first === undefined) throw new Error('empty example');
    const name = '800G passive DAC (8 × 100G PAM4, twin-port OSFP)';
    const labels = chartLabels(compareRows({ ...example, designs: [{ ...first, name }] }));
    const label = labels.get(first.id) ?? '';
    expect(label.length).toBeLessThanOrEqual(30);
    expect(label.endsWith('…')).toBe(true);
  });

  it.each([
    ['ASE reference (h·ν·0.1 nm)', 'ASE<br>reference'],
    ['Modal-bandwidth penalty', 'Modal-<br>bandwidth<br>penalty'],
    ['Tx OMA', 'Tx OMA'],
  ])('compact waterfall step %s → %s', (label, expected) => {
    expect(compactStepLabel(label)).toBe(expected);
  });
});
