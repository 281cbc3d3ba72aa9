import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateCriteria,
  evaluateDesignFully,
  parseScenarioText,
  setAtPath,
  type Design,
  type Scenario,
} from '../../core/index';
import { shardRange } from '../../core/cli/commands/sweep';
import {
  DATACENTER_BAR,
  SMALL_GRID,
  csvRecords,
  makeFolder,
  run,
  runWith,
  writeSpec,
} from './sweep-fixture';

function loadScenario(path: string): Scenario {
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error('fixture scenario is invalid');
  return parsed.scenario;
}

/** The number as the CLI writes it. */
const text = (value: number) =>
  Number.isNaN(value)
    ? ''
    : value === Infinity
      ? 'inf'
      : value === -Infinity
        ? '-inf'
        : String(value);

describe('lightbench sweep', () => {
  it('writes a CSV whose every row matches the core evaluation of that point', async () => {
    const { folder, scenario: scenarioPath } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const out = join(folder, 'grid.csv');
    const { code, err } = await run('sweep', spec, '--out', out, '--workers', '1');
    expect(code).toBe(0);
    expect(err).toMatch(/swept 9 points × 2 designs = 18 rows .*wrote/);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'point,design,channel.length_m,tx.oma_dBm,energy_pJ_per_bit,link_margin_dB,max_reach_m,cost_usd_per_gbps,latency_ns,status,pass',
    );
    const rows = csvRecords(csv);
    expect(rows).toHaveLength(18);
    const scenario = loadScenario(scenarioPath);
    let failures = 0;
    rows.forEach((row, i) => {
      const point = Math.floor(i / 2);
      const id = i % 2 === 0 ? '400gbase-dr4' : '400gbase-fr4';
      const length_m = [100, 500, 2000][Math.floor(point / 3)] as number;
      const oma_dBm = [-1, 0, 1][point % 3] as number;
      expect(row).toMatchObject({
        point: String(point),
        design: id,
        'channel.length_m': String(length_m),
        'tx.oma_dBm': String(oma_dBm),
      });
      let design = scenario.designs.find((d) => d.id === id) as Design;
      design = setAtPath(setAtPath(design, 'channel.length_m', length_m), 'tx.oma_dBm', oma_dBm);
      const { link, metrics } = evaluateDesignFully(design, scenario.assumptions);
      for (const id of SMALL_GRID.metrics ?? [])
        expect(row[id], `${id} of row ${i}`).toBe(text(metrics.values[id] ?? Number.NaN));
      expect(row['status']).toBe(link.meets_required_margin ? 'ok' : 'link_fails');
      if (!link.meets_required_margin) failures++;
      const pass =
        evaluateCriteria(DATACENTER_BAR, metrics.values).pass && link.meets_required_margin;
      expect(row['pass']).toBe(pass ? '1' : '0');
    });
    expect(failures).toBeGreaterThan(0); // 2 km of DR4 does not close: failed rows are kept
    expect(err).toContain(`failed rows: link_fails ${failures}`);
  });

  it('writes columnar JSON holding the same values as the CSV', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    await run('sweep', spec, '--out', join(folder, 'grid.csv'), '--workers', '1');
    const { code } = await run('sweep', spec, '--out', join(folder, 'grid.json'), '--workers', '1');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(folder, 'grid.json'), 'utf8')) as {
      format: string;
      designs: string[];
      pointCount: number;
      rowCount: number;
      criteria: string;
      point: number[];
      design: number[];
      parameters: Record<string, (number | null)[]>;
      metrics: Record<string, (number | string | null)[]>;
      status: string[];
      pass: number[];
    };
    expect(json).toMatchObject({
      format: 'lightbench-sweep',
      designs: ['400gbase-dr4', '400gbase-fr4'],
      pointCount: 9,
      rowCount: 18,
      criteria: 'datacenter-bar',
    });
    expect(Object.keys(json.parameters)).toEqual(['channel.length_m', 'tx.oma_dBm']);
    const rows = csvRecords(readFileSync(join(folder, 'grid.csv'), 'utf8'));
    rows.forEach((row, i) => {
      expect(String(json.point[i])).toBe(row['point']);
      expect(json.designs[json.design[i] as number]).toBe(row['design']);
      for (const [id, column] of Object.entries(json.metrics)) {
        const value = column[i];
        expect(value === null ? '' : String(value)).toBe(row[id]);
      }
      expect(json.status[i]).toBe(row['status']);
      expect(String(json.pass[i])).toBe(row['pass']);
    });
  });

  it('splits points into contiguous shards floor(i·N/n) … floor((i+1)·N/n)', () => {
    expect([0, 1, 2].map((i) => shardRange(10, i, 3))).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect([0, 1, 2, 3].map((i) => shardRange(2, i, 4))).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
  });

  it.each(['csv', 'json'])(
    'three %s shards merge (in any order) to the unsharded output byte for byte',
    async (format) => {
      const { folder } = makeFolder();
      const spec = writeSpec(folder, 'grid.json', {
        ...SMALL_GRID,
        parameters: [
          { path: 'channel.length_m', from: 10, to: 1000, steps: 11 },
          { path: 'tx.oma_dBm', from: -1, to: 1, steps: 3 },
        ],
      });
      const whole = join(folder, `whole.${format}`);
      expect((await run('sweep', spec, '--out', whole, '--workers', '1')).code).toBe(0);
      const parts = [0, 1, 2].map((i) => join(folder, `part-${i}.${format}`));
      for (const [i, part] of parts.entries()) {
        const { code, err } = await run(
          'sweep',
          spec,
          '--out',
          part,
          '--shard',
          `${i}/3`,
          '--workers',
          '1',
        );
        expect(code).toBe(0);
        expect(err).toContain(`shard ${i}/3`);
      }
      const merged = join(folder, `merged.${format}`);
      const { code, err } = await run(
        'merge',
        parts[2] as string,
        parts[0] as string,
        parts[1] as string,
        '--out',
        merged,
        '--spec',
        spec,
      );
      expect(code, err).toBe(0);
      expect(err).toContain('points 0…32 (33 points, 66 rows)');
      expect(readFileSync(merged)).toEqual(readFileSync(whole));
      if (format === 'csv') {
        // Every shard carries the header; dropping it from shards 1 and 2 and concatenating works too.
        const texts = parts.map((part) => readFileSync(part, 'utf8'));
        const joined = texts.map((t, i) => (i === 0 ? t : t.slice(t.indexOf('\n') + 1))).join('');
        expect(joined).toBe(readFileSync(whole, 'utf8'));
      }
    },
  );

  it('refuses to merge when a shard is missing', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const parts = [0, 1, 2].map((i) => join(folder, `part-${i}.csv`));
    for (const [i, part] of parts.entries())
      await run('sweep', spec, '--out', part, '--shard', `${i}/3`, '--workers', '1');
    const gap = await run(
      'merge',
      parts[0] as string,
      parts[2] as string,
      '--out',
      join(folder, 'm.csv'),
    );
    expect(gap.code).toBe(2);
    expect(gap.err).toMatch(/points 3…5 are missing/);
    const tail = await run(
      'merge',
      parts[0] as string,
      parts[1] as string,
      '--out',
      join(folder, 'm.csv'),
      '--spec',
      spec,
    );
    expect(tail.code).toBe(2);
    expect(tail.err).toMatch(/has 9 points; points 6…8 are missing/);
    expect(existsSync(join(folder, 'm.csv'))).toBe(false);
  });

  it('gives the same bytes with 2 worker threads as with 1', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', {
      ...SMALL_GRID,
      parameters: [
        { path: 'channel.length_m', from: 10, to: 2500, steps: 40 },
        { path: 'tx.oma_dBm', from: -2, to: 2, steps: 5 },
      ],
    });
    const one = join(folder, 'one.csv');
    const two = join(folder, 'two.csv');
    expect((await run('sweep', spec, '--out', one, '--workers', '1')).code).toBe(0);
    const threaded = await run('sweep', spec, '--out', two, '--workers', '2', '--chunk', '7');
    expect(threaded.code, threaded.err).toBe(0);
    expect(threaded.err).toContain('2 workers');
    expect(readFileSync(two)).toEqual(readFileSync(one));
  }, 60_000);

  it('keeps with --pareto on 2 workers exactly the front of every successful row', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', {
      ...SMALL_GRID,
      designs: ['400gbase-dr4', '400gbase-fr4'],
      parameters: [
        { path: 'channel.length_m', from: 10, to: 3000, steps: 60 },
        { path: 'required_margin_dB', from: 0, to: 3, steps: 7 },
      ],
      metrics: ['link_margin_dB', 'cost_usd_per_gbps', 'energy_pJ_per_bit'],
    });
    const all = join(folder, 'all.csv');
    const front = join(folder, 'front.csv');
    expect((await run('sweep', spec, '--out', all, '--workers', '1')).code).toBe(0);
    // Chunks of 9 points: every worker range has its own front, merged on the main thread.
    const args = [
      '--workers',
      '2',
      '--chunk',
      '9',
      '--pareto',
      'link_margin_dB:max,cost_usd_per_gbps',
    ];
    const threaded = await run('sweep', spec, '--out', front, ...args);
    expect(threaded.code, threaded.err).toBe(0);
    const rows = csvRecords(readFileSync(all, 'utf8')).filter((r) => r['status'] === 'ok');
    const vector = (r: Record<string, string>) => [
      -Number(r['link_margin_dB']),
      Number(r['cost_usd_per_gbps']),
    ];
    const dominated = (a: number[], b: number[]) =>
      b.every((v, k) => v <= (a[k] as number)) && b.some((v, k) => v < (a[k] as number));
    const expected = rows.filter((r) => !rows.some((q) => dominated(vector(r), vector(q))));
    const kept = csvRecords(readFileSync(front, 'utf8'));
    expect(expected.length).toBeGreaterThan(1);
    expect(kept).toEqual(expected);
  }, 60_000);

  it('reproduces a seeded Monte Carlo sweep exactly, and a new seed changes it', async () => {
    const { folder } = makeFolder();
    const mc = (seed: number) => ({
      schemaVersion: 1,
      scenario: 'scenario.json',
      designs: ['400gbase-dr4', '400gbase-fr4'],
      parameters: [{ path: 'lane.wavelength_nm' }, { path: 'tx.rms_spectral_width_nm' }],
      sampling: { method: 'monte-carlo', samples: 200, seed },
      metrics: ['link_margin_dB', 'max_reach_m'],
    });
    const outputs = [];
    for (const [name, seed] of [
      ['a', 7],
      ['b', 7],
      ['c', 8],
    ] as const) {
      const spec = writeSpec(folder, `${name}.json`, mc(seed));
      const out = join(folder, `${name}.csv`);
      expect((await run('sweep', spec, '--out', out, '--workers', '1')).code).toBe(0);
      outputs.push(readFileSync(out, 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).not.toBe(outputs[0]);
    // Each design samples its own provenance range: DR4 1304.5 … 1317.5 nm, FR4 1264.5 … 1277.5 nm.
    const rows = csvRecords(outputs[0] as string);
    for (const [id, low, high] of [
      ['400gbase-dr4', 1304.5, 1317.5],
      ['400gbase-fr4', 1264.5, 1277.5],
    ] as const) {
      const wavelengths = rows
        .filter((r) => r['design'] === id)
        .map((r) => Number(r['lane.wavelength_nm']));
      expect(wavelengths).toHaveLength(200);
      expect(Math.min(...wavelengths)).toBeGreaterThanOrEqual(low);
      expect(Math.max(...wavelengths)).toBeLessThanOrEqual(high);
      expect(new Set(wavelengths).size).toBe(200);
    }
  });

  it.each([
    [
      { parameters: [{ path: 'channel.length_m', from: 1, to: 2, steps: 0 }] },
      'parameters[0].steps: must be ≥ 1',
    ],
    [
      { parameters: [{ path: 'channel.length_m', from: 1, to: 2, steps: 200_000 }] },
      'parameters[0].steps: must be ≤ 100000',
    ],
    [{ schemaVersion: 2 }, 'schemaVersion: must be one of 1'],
    [
      { sampling: { method: 'sobol' } },
      'sampling.method: must be one of "grid", "lhs", "monte-carlo"',
    ],
    [{ sampling: { method: 'monte-carlo', samples: 10, seed: -1 } }, 'sampling.seed: must be ≥ 0'],
    [{ metrics: ['speed'] }, 'metrics[0]: must be one of "energy_pJ_per_bit"'],
    [{ designs: ['nope'] }, 'designs[0]: no design with id "nope"'],
    [
      { parameters: [{ path: 'channel.length_m', values: [-5] }] },
      'parameters[0]: -5 is outside channel.length_m (allowed 0 … 10000000 m)',
    ],
    [
      { parameters: [{ path: 'channel.colour', values: [1] }] },
      'parameters[0].path: "channel.colour" is not a numeric field',
    ],
    [{ criteria: 'other' }, 'criteria: no launch criteria named "other"'],
    [{ extra: true }, 'unknown field: extra'],
  ])('exits 2 on a bad spec and names the field: %j', async (change, message) => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'bad.json', { ...SMALL_GRID, ...change });
    const { code, err } = await run('sweep', spec, '--out', join(folder, 'x.csv'));
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(readdirSync(folder).filter((f) => f.startsWith('x.csv'))).toEqual([]);
  });

  it.each([
    [['--shard', '3/3'], '--shard: must be i/n with n ≥ 1 and i in 0 … n−1 (0-based), got "3/3"'],
    [['--workers', '0'], '--workers: must be a whole number ≥ 1'],
    [['--chunk', 'x'], '--chunk: must be a whole number ≥ 1'],
  ])('exits 2 on a bad option %j', async (options, message) => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const { code, err } = await run('sweep', spec, '--out', join(folder, 'x.csv'), ...options);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('exits 2 on an output that is neither .csv nor .json', async () => {
    const { folder } = makeFolder();
    const spec = writeSpec(folder, 'grid.json', SMALL_GRID);
    const { code, err } = await run('sweep', spec, '--out', join(folder, 'x.txt'));
    expect(code).toBe(2);
    expect(err).toContain('--out: must end in .csv or .json');
  });

  it.each(['1', '2'])(
    'on interrupt (%s workers) exits 130 and leaves no file',
    async (workers) => {
      const { folder } = makeFolder();
      const spec = writeSpec(folder, 'grid.json', {
        ...SMALL_GRID,
        parameters: [
          { path: 'channel.length_m', from: 10, to: 2500, steps: 400 },
          { path: 'tx.oma_dBm', from: -2, to: 2, steps: 50 },
        ],
      });
      const interrupt = new AbortController();
      setTimeout(() => interrupt.abort(), 50);
      const { code, err } = await runWith(
        { signal: interrupt.signal },
        'sweep',
        spec,
        '--out',
        join(folder, 'big.csv'),
        '--workers',
        workers,
        '--chunk',
        '50',
      );
      expect(code, err).toBe(130);
      expect(err).toMatch(/sweep interrupted after \d+ of 20000 points; wrote nothing/);
      expect(readdirSync(folder).filter((f) => f.startsWith('big.csv'))).toEqual([]);
    },
    60_000,
  );
});
