import { num } from '../helpers/expect-close';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenarioText } from '../../core/index';
import { SMALL_GRID, csvRecords, makeFolder, run, writeSpec } from './sweep-fixture';

type Vector = readonly number[];

/** Brute force: indices of vectors (all minimised) that no other vector dominates. */
function bruteForceFront(points: readonly Vector[]): Set<number> {
  const dominates = (a: Vector, b: Vector) =>
    a.every((v, k) => v <= (b[k] as number)) && a.some((v, k) => v < (b[k] as number));
  return new Set(points.flatMap((p, i) => (points.some((q) => dominates(q, p)) ? [] : [i])));
}

interface ParetoJson {
  rows: number;
  front_size: number;
  excluded: Record<string, number>;
  front: { point?: number; design: string; metrics: Record<string, number | null>; rank: number }[];
  ranked?: { rank: number; status: string }[];
}

describe('lightbench pareto', () => {
  it('finds the non-dominated designs of a scenario', async () => {
    const example = 'examples/datacenter-pmds.json';
    const { code, out } = await run(
      'pareto',
      example,
      '--objectives',
      'energy_pJ_per_bit,cost_usd_per_gbps,max_reach_m',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as ParetoJson;
    const parsed = parseScenarioText(readFileSync(example, 'utf8'));
    if (!parsed.ok) throw new Error('example is invalid');
    const candidates = evaluateScenario(parsed.scenario).filter(
      (e) => e.link.meets_required_margin,
    );
    const vectors = candidates.map(({ metrics: { values } }) => [
      num(values.energy_pJ_per_bit),
      num(values.cost_usd_per_gbps),
      -num(values.max_reach_m),
    ]);
    const expected = [...bruteForceFront(vectors)].map((i) => candidates[i]?.design.id).sort();
    expect(result.front.map((r) => r.design).sort()).toEqual(expected);
    expect(result.front.length).toBeGreaterThan(0);
    expect(result.rows).toBe(parsed.scenario.designs.length);
  });

  it('prints a table with units by default, and honours :max / :min overrides', async () => {
    const table = await run(
      'pareto',
      'examples/datacenter-pmds.json',
      '--objectives',
      'energy_pJ_per_bit,max_reach_m',
    );
    expect(table.code).toBe(0);
    expect(table.out).toMatch(
      /^Pareto front: \d+ of 6 designs .* over energy_pJ_per_bit \(min\), max_reach_m \(max\)/,
    );
    expect(table.out).toContain('energy_pJ_per_bit (pJ/bit)');
    const flipped = await run(
      'pareto',
      'examples/datacenter-pmds.json',
      '--objectives',
      'energy_pJ_per_bit:max',
      '--json',
    );
    const lowest = await run(
      'pareto',
      'examples/datacenter-pmds.json',
      '--objectives',
      'energy_pJ_per_bit',
      '--json',
    );
    const energy = (out: string) =>
      (JSON.parse(out) as ParetoJson).front[0]?.metrics['energy_pJ_per_bit'] as number;
    expect(energy(flipped.out)).toBeGreaterThan(energy(lowest.out));
  });

  it('on sweep results, returns exactly the brute-force front and counts failed rows', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', {
      ...SMALL_GRID,
      parameters: [
        { path: 'channel.length_m', from: 10, to: 2500, steps: 25 },
        { path: 'tx.oma_dBm', from: -2, to: 2, steps: 9 },
      ],
    });
    const csv = join(folder, 'grid.csv');
    expect((await run('sweep', spec, '--out', csv, '--workers', '1')).code).toBe(0);
    const objectives = ['energy_pJ_per_bit', 'cost_usd_per_gbps', 'max_reach_m'];
    for (const file of [csv]) {
      const { code, out } = await run(
        'pareto',
        file,
        '--objectives',
        objectives.join(','),
        '--json',
      );
      expect(code).toBe(0);
      const result = JSON.parse(out) as ParetoJson;
      const rows = csvRecords(readFileSync(csv, 'utf8'));
      const okRows = rows.filter((r) => r['status'] === 'ok');
      const vectors = okRows.map((r) => [
        Number(r['energy_pJ_per_bit']),
        Number(r['cost_usd_per_gbps']),
        -(r['max_reach_m'] === 'inf' ? Infinity : Number(r['max_reach_m'])),
      ]);
      const key = (point: number | string | undefined, design: string | undefined) =>
        `${point}/${design}`;
      const expected = [...bruteForceFront(vectors)]
        .map((i) => key(okRows[i]?.['point'], okRows[i]?.['design']))
        .sort();
      expect(result.front.map((r) => key(r.point, r.design)).sort()).toEqual(expected);
      const failed = rows.length - okRows.length;
      expect(failed).toBeGreaterThan(0);
      expect(result.excluded).toEqual({ link_fails: failed });
      expect(result.rows).toBe(rows.length);
    }
    // --all-ranks lists every row, the failed ones with rank −1.
    const all = JSON.parse(
      (await run('pareto', csv, '--objectives', objectives.join(','), '--json', '--all-ranks')).out,
    ) as ParetoJson;
    expect(all.ranked).toHaveLength(450);
    expect(all.ranked?.filter((r) => r.rank === -1).every((r) => r.status !== 'ok')).toBe(true);
    // The same front from the JSON results.
    const json = join(folder, 'grid.json.out.json');
    expect((await run('sweep', spec, '--out', json, '--workers', '1')).code).toBe(0);
    const fromCsv = (await run('pareto', csv, '--objectives', objectives.join(','), '--csv')).out;
    const fromJson = (await run('pareto', json, '--objectives', objectives.join(','), '--csv')).out;
    expect(fromJson).toBe(fromCsv);
  });

  it.each([
    [['--objectives', 'speed'], '--objectives: unknown metric "speed"'],
    [['--objectives', 'energy_pJ_per_bit:up'], 'a direction must be :min or :max'],
    [['--objectives', 'fit'], 'has no fit column'],
  ])('exits 2 on bad objectives %j', async (options, message) => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const csv = join(folder, 'grid.csv');
    await run('sweep', spec, '--out', csv, '--workers', '1');
    const { code, err } = await run('pareto', csv, ...options);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
