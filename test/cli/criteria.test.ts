import { num } from '../helpers/expect-close';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenarioText } from '../../core/index';
import {
  DATACENTER_BAR,
  SMALL_GRID,
  csvRecords,
  makeFolder,
  run,
  writeSpec,
} from './sweep-fixture';

interface ScorecardJson {
  criteria: {
    name: string;
    designs: {
      id: string;
      link_closes: boolean;
      pass: boolean;
      results: {
        metric: string;
        value: number;
        pass: boolean;
        margin: number | null;
        unit: string;
      }[];
    }[];
  }[];
}

describe('lightbench criteria', () => {
  it('scores every design against every criterion with the margin in the metric unit', async () => {
    const { scenario } = makeFolder();
    const { code, out } = await run('criteria', scenario, '--json');
    expect(code).toBe(0);
    const card = (JSON.parse(out) as ScorecardJson).criteria[0];
    expect(card?.name).toBe('datacenter-bar');
    const parsed = parseScenarioText(readFileSync(scenario, 'utf8'));
    if (!parsed.ok) throw new Error('fixture is invalid');
    const evaluations = evaluateScenario(parsed.scenario);
    expect(card?.designs).toHaveLength(evaluations.length);
    evaluations.forEach(({ design, link, metrics: { values } }, d) => {
      const row = card?.designs[d];
      expect(row?.id).toBe(design.id);
      const [energy, reach, latency] = row?.results ?? [];
      expect(energy?.margin).toBeCloseTo(20 - num(values.energy_pJ_per_bit), 12);
      expect(energy?.unit).toBe('pJ/bit');
      if (Number.isFinite(values.max_reach_m))
        expect(reach?.margin).toBeCloseTo(num(values.max_reach_m) - 500, 9);
      expect(latency?.margin).toBeCloseTo(
        Math.min(num(values.latency_ns), 3000 - num(values.latency_ns)),
        9,
      );
      const pass =
        num(values.energy_pJ_per_bit) <= 20 &&
        num(values.max_reach_m) >= 500 &&
        num(values.latency_ns) <= 3000 &&
        num(values.latency_ns) >= 0;
      expect(row?.pass).toBe(pass && link.meets_required_margin);
    });
    // The bar is neither trivially met nor impossible on the example.
    expect(card?.designs.some((d) => d.pass)).toBe(true);
    expect(card?.designs.some((d) => !d.pass)).toBe(true);
  });

  it('prints a readable scorecard table', async () => {
    const { scenario } = makeFolder();
    const { code, out } = await run('criteria', scenario, '--name', 'datacenter-bar');
    expect(code).toBe(0);
    expect(out).toMatch(/launch criteria "datacenter-bar": \d+ of 6 designs pass/);
    expect(out).toContain('Energy per bit ≤ 20 pJ/bit');
    expect(out).toMatch(/pass \+\d+\.\d\d pJ\/bit/);
    expect(out).toMatch(/FAIL/);
  });

  it('exits 2 when the scenario has no launch criteria, or no set by that name', async () => {
    const none = await run('criteria', 'examples/datacenter-pmds.json');
    expect(none.code).toBe(2);
    expect(none.err).toContain('launch_criteria: the scenario has none');
    const { scenario } = makeFolder();
    const wrong = await run('criteria', scenario, '--name', 'other');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--name: no launch criteria named "other"');
    expect(wrong.err).toContain(`"${DATACENTER_BAR.name}"`);
  });

  it('counts passing rows and points of sweep results', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const csv = join(folder, 'grid.csv');
    expect((await run('sweep', spec, '--out', csv, '--workers', '1')).code).toBe(0);
    const rows = csvRecords(readFileSync(csv, 'utf8'));
    const passing = rows.filter((r) => r['pass'] === '1');
    const points = new Set(passing.map((r) => r['point']));
    expect(passing.length).toBeGreaterThan(0);
    expect(passing.length).toBeLessThan(rows.length);
    const { code, out } = await run('criteria', csv, '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out) as Record<string, unknown> & {
      feasible: { point: number; design: string }[];
    };
    expect(summary).toMatchObject({
      rows: 18,
      passing_rows: passing.length,
      passing_row_share: passing.length / 18,
      points: 9,
      passing_points: points.size,
    });
    expect(summary.feasible.map((r) => `${r.point}/${r.design}`)).toEqual(
      passing.map((r) => `${r['point']}/${r['design']}`),
    );
    const text = await run('criteria', csv);
    expect(text.out).toContain(`${passing.length} of 18 rows pass`);
  });

  it('exits 2 on sweep results that were not judged', async () => {
    const { folder } = makeFolder();
    const { criteria: _criteria, ...unjudged } = SMALL_GRID;
    const spec = writeSpec(folder, 'grid.json', unjudged);
    const csv = join(folder, 'grid.csv');
    await run('sweep', spec, '--out', csv, '--workers', '1');
    const { code, err } = await run('criteria', csv);
    expect(code).toBe(2);
    expect(err).toContain('the sweep judged no launch criteria');
  });
});
