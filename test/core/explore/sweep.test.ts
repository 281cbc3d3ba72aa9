import { describe, expect, it } from 'vitest';
import {
  concatColumns,
  planSweep,
  RowStatus,
  runSweepRange,
  sweepSpecSchema,
  type Scenario,
  type SweepSpecInput,
} from '../../../core/index';
import { loadExample } from '../example-scenarios';

const scenario: Scenario = loadExample('datacenter-pmds.json');

function plan(input: SweepSpecInput) {
  const result = planSweep(sweepSpecSchema.parse(input), scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

describe('sweep plans', () => {
  it('a grid has the product of the steps as points, first parameter slowest', () => {
    const p = plan({
      schemaVersion: 1,
      designs: ['400gbase-fr4'],
      parameters: [
        { path: 'channel.length_m', from: 100, to: 2000, steps: 3 },
        { path: 'tx.oma_dBm', values: [-1, 0] },
      ],
      metrics: ['link_margin_dB'],
    });
    expect(p.pointCount).toBe(6);
    const columns = runSweepRange(p, scenario.assumptions, 0, 6);
    expect(Array.from(columns.parameters[0] ?? [])).toEqual([100, 100, 1050, 1050, 2000, 2000]);
    expect(Array.from(columns.parameters[1] ?? [])).toEqual([-1, 0, -1, 0, -1, 0]);
    // A higher Tx OMA adds exactly its dB to the margin at the same length.
    const margin = columns.metrics[0] ?? new Float64Array();
    expect((margin[1] as number) - (margin[0] as number)).toBeCloseTo(1, 9);
  });

  it('a log grid spaces values geometrically', () => {
    const p = plan({
      schemaVersion: 1,
      designs: ['400gbase-dr4'],
      parameters: [{ path: 'channel.length_m', from: 1, to: 1000, steps: 4, scale: 'log' }],
    });
    const columns = runSweepRange(p, scenario.assumptions, 0, 4);
    Array.from(columns.parameters[0] ?? []).forEach((v, i) => expect(v).toBeCloseTo(10 ** i, 9));
  });

  it('shards concatenate to exactly the unsharded result', () => {
    const p = plan({
      schemaVersion: 1,
      parameters: [
        { path: 'required_margin_dB', range: [0, 3] },
        { path: 'technology.cost.volume', range: [1e5, 1e7] },
      ],
      sampling: { method: 'monte-carlo', samples: 50, seed: 9 },
    });
    const whole = runSweepRange(p, scenario.assumptions, 0, 50);
    const shards = concatColumns([
      runSweepRange(p, scenario.assumptions, 0, 17),
      runSweepRange(p, scenario.assumptions, 17, 33),
      runSweepRange(p, scenario.assumptions, 33, 50),
    ]);
    expect(shards.rowCount).toBe(whole.rowCount);
    expect(shards.parameters.map((c) => Array.from(c))).toEqual(
      whole.parameters.map((c) => Array.from(c)),
    );
    expect(shards.metrics.map((c) => Array.from(c))).toEqual(
      whole.metrics.map((c) => Array.from(c)),
    );
    expect(Array.from(shards.status)).toEqual(Array.from(whole.status));
  });

  it('a seeded Monte Carlo run is reproducible and another seed differs', () => {
    const spec = {
      schemaVersion: 1 as const,
      designs: ['800gbase-dr8'],
      parameters: [{ path: 'tx.oma_dBm', range: [-2, 0] as [number, number] }],
    };
    const a = runSweepRange(
      plan({ ...spec, sampling: { method: 'monte-carlo', samples: 20, seed: 1 } }),
      scenario.assumptions,
      0,
      20,
    );
    const b = runSweepRange(
      plan({ ...spec, sampling: { method: 'monte-carlo', samples: 20, seed: 1 } }),
      scenario.assumptions,
      0,
      20,
    );
    const c = runSweepRange(
      plan({ ...spec, sampling: { method: 'monte-carlo', samples: 20, seed: 2 } }),
      scenario.assumptions,
      0,
      20,
    );
    expect(Array.from(a.parameters[0] ?? [])).toEqual(Array.from(b.parameters[0] ?? []));
    expect(Array.from(a.parameters[0] ?? [])).not.toEqual(Array.from(c.parameters[0] ?? []));
    Array.from(a.parameters[0] ?? []).forEach((v) => expect(v >= -2 && v <= 0).toBe(true));
  });

  it('Latin hypercube puts exactly one sample in each of n strata per parameter', () => {
    const n = 40;
    const p = plan({
      schemaVersion: 1,
      designs: ['400gbase-dr4'],
      parameters: [
        { path: 'tx.oma_dBm', range: [-4, 0] },
        { path: 'channel.length_m', range: [0, 1000] },
      ],
      sampling: { method: 'lhs', samples: n, seed: 5 },
    });
    const columns = runSweepRange(p, scenario.assumptions, 0, n);
    const strataOf = (column: Float64Array | undefined, low: number, high: number) =>
      Array.from(column ?? [])
        .map((v) => Math.floor(((v - low) / (high - low)) * n))
        .sort((x, y) => x - y);
    expect(strataOf(columns.parameters[0], -4, 0)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(strataOf(columns.parameters[1], 0, 1000)).toEqual(
      Array.from({ length: n }, (_, i) => i),
    );
  });

  it('rejects values outside a field range, unknown paths and unknown designs, naming each', () => {
    const result = planSweep(
      sweepSpecSchema.parse({
        schemaVersion: 1,
        designs: ['400gbase-dr4', 'nope'],
        parameters: [
          { path: 'channel.length_m', from: -10, to: 10, steps: 2 },
          { path: 'lane.colour', values: [1] },
        ],
      }),
      scenario,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    expect(text).toContain('no design with id "nope"');
    expect(text).toContain('-10 is outside channel.length_m (allowed 0 … 10000000 m)');
    expect(text).toContain('"lane.colour" is not a numeric field');
  });

  it('marks rows whose eye is closed as infeasible, not as a failed margin', () => {
    const p = plan({
      schemaVersion: 1,
      designs: ['400gbase-sr8'],
      parameters: [{ path: 'channel.length_m', values: [50, 500] }],
    });
    const columns = runSweepRange(p, scenario.assumptions, 0, 2);
    // 500 m of OM4 at 26.6 GBd: modal bandwidth closes the eye (4·B·σ ≥ 1), no margin exists.
    expect(Array.from(columns.status)).toEqual([RowStatus.Ok, RowStatus.Infeasible]);
  });
});
