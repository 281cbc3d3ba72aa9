import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RowStatus } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import {
  describeFailures,
  failureSummary,
  sampledParameters,
  sweepCsv,
} from '../../renderer/src/store/explorationData';
import {
  paretoFront,
  rowsInBox,
  rowsInBrush,
  rowsInPolygon,
} from '../../renderer/src/views/trade-space/tradeData';
import { createInlineRunner } from '../../renderer/src/workers/inlineRunner';
import { fakeHost } from './fakeHost';

function newStore() {
  return createAppStore({
    scenario: firstRunScenario(),
    host: fakeHost().host,
    sweepRunner: createInlineRunner(2),
  });
}

const LENGTH = {
  path: 'channel.length_m',
  from: 100,
  to: 20_000,
  steps: 25,
  scale: 'linear',
} as const;

describe('exploration store: sweeps', () => {
  it('runs a 1-D sweep over two designs with progress, held as typed arrays', async () => {
    const store = newStore();
    store
      .getState()
      .setSweepSettings({ designIds: ['400gbase-dr4', '400gbase-fr4'], axes: [LENGTH] });
    const seen: number[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.sweepRun.done));
    await store.getState().runSweep();
    unsubscribe();
    const { sweepRun, sweepResult } = store.getState();
    expect(sweepRun.phase).toBe('done');
    expect(sweepResult?.columns.rowCount).toBe(50);
    expect(sweepResult?.columns.metrics[0]).toBeInstanceOf(Float64Array);
    expect(sweepResult?.designs.map((design) => design.id)).toEqual([
      '400gbase-dr4',
      '400gbase-fr4',
    ]);
    expect(sweepResult?.axes[0]).toHaveLength(25);
    expect(sweepResult?.units).toEqual(['m']);
    expect(seen.some((done) => done > 0 && done < 25)).toBe(true);
    // 20 km of a 500 m DR4 cannot close: counted, never dropped.
    const summary = failureSummary(sweepResult?.columns.status ?? new Uint8Array());
    expect(summary.failed).toBeGreaterThan(0);
    // Long enough lengths close the eye outright: those rows are infeasible, named as such.
    expect(describeFailures(summary)).toMatch(
      /^\d+ of 50 points failed: (link does not close|infeasible \(eye closed or laser cannot be sized\))( \(\d+\))?(, (link does not close|infeasible \(eye closed or laser cannot be sized\)) \(\d+\))?$/,
    );
  });

  it('reports a spec the core rejects instead of running it', async () => {
    const store = newStore();
    store.getState().setSweepSettings({
      designIds: ['400gbase-dr4'],
      axes: [{ ...LENGTH, from: -5 }],
    });
    await store.getState().runSweep();
    expect(store.getState().sweepRun.phase).toBe('error');
    expect(store.getState().sweepRun.issues[0]?.message).toContain('outside channel.length_m');
  });

  it('cancels a running sweep', async () => {
    const store = newStore();
    store
      .getState()
      .setSweepSettings({ designIds: ['400gbase-dr4'], axes: [{ ...LENGTH, steps: 4000 }] });
    const running = store.getState().runSweep();
    // The kernel runs 4 000 points in a few milliseconds: cancel before the first chunk resolves.
    await Promise.resolve();
    store.getState().cancelSweep();
    await running;
    expect(store.getState().sweepRun.phase).toBe('cancelled');
    expect(store.getState().sweepResult).toBeNull();
  });

  it('writes every row to CSV: design, parameters, metrics, status, pass', async () => {
    const store = newStore();
    store.getState().setSweepSettings({ designIds: ['400gbase-dr4'], axes: [LENGTH] });
    await store.getState().runSweep();
    const result = store.getState().sweepResult;
    if (result === null) throw new Error('no result');
    const parsed = Papa.parse<string[]>(sweepCsv(result).trim());
    const [header = [], ...rows] = parsed.data;
    expect(header.slice(0, 3)).toEqual(['design', 'point', 'channel.length_m [m]']);
    expect(header).toContain('energy_pJ_per_bit [pJ/bit]');
    expect(header.slice(-2)).toEqual(['status', 'pass']);
    expect(rows).toHaveLength(25);
    expect(rows[0]?.[2]).toBe('100');
    expect(new Set(rows.map((row) => row[header.length - 2]))).toEqual(
      new Set(['ok', 'link-fails']),
    );
  });
});

describe('exploration store: trade space', () => {
  it('samples every design over its own ranges and merges them into one block', async () => {
    const store = newStore();
    store.getState().setTradeSettings({ samples: 40, seed: 3, spreadPercent: 10 });
    await store.getState().runTradeSpace();
    const { tradeResult, tradeRun } = store.getState();
    expect(tradeRun.phase).toBe('done');
    const designs = firstRunScenario().designs.length;
    expect(tradeResult?.columns.rowCount).toBe(40 * designs);
    expect(new Set(tradeResult?.columns.design)).toEqual(
      new Set(Array.from({ length: designs }, (_, i) => i)),
    );
    expect(tradeResult?.paths).toContain('lane.wavelength_nm');
    expect(tradeResult?.paths).toContain('channel.length_m');
  });

  it('exports exactly the selected rows, in selection order', async () => {
    const store = newStore();
    store.getState().setTradeSettings({ samples: 20, spreadPercent: 0 });
    await store.getState().runTradeSpace();
    const result = store.getState().tradeResult;
    if (result === null) throw new Error('no result');
    const rows = Int32Array.from([3, 17, 42, 99]);
    store.getState().setTradeSelection({ rows, source: 'scatter', description: 'test' });
    const csv = sweepCsv(result, store.getState().tradeSelection?.rows);
    const [header = [], ...data] = Papa.parse<string[]>(csv.trim()).data;
    expect(data).toHaveLength(4);
    const energy = header.indexOf('energy_pJ_per_bit [pJ/bit]');
    const column = result.columns.metrics[result.metrics.indexOf('energy_pJ_per_bit')];
    data.forEach((row, k) => {
      const source = rows[k] as number;
      expect(row[0]).toBe(result.designs[result.columns.design[source] as number]?.id);
      expect(Number(row[1])).toBe(result.columns.point[source]);
      expect(Number(row[energy])).toBe(column?.[source]);
    });
  });

  it('samples only real-valued fields, within their allowed ranges', () => {
    const design = firstRunScenario().designs[0];
    if (design === undefined) throw new Error('no design');
    const parameters = sampledParameters(design, 10);
    expect(parameters.length).toBeLessThanOrEqual(32);
    expect(parameters.map((parameter) => parameter.path)).not.toContain('lane.lanes');
    expect(parameters.map((parameter) => parameter.path)).not.toContain('required_margin_dB');
    expect(sampledParameters(design, 0).every((parameter) => parameter.range === undefined)).toBe(
      true,
    );
  });
});

describe('trade-space selection', () => {
  const x = Float64Array.from([0, 1, 2, 3, 4, Number.NaN]);
  const y = Float64Array.from([4, 3, 2, 1, 0, 1]);

  it('picks the rows in a box, ends included, whichever way it was drawn', () => {
    expect(Array.from(rowsInBox(x, y, [3, 1], [1, 3]))).toEqual([1, 2, 3]);
  });

  it('picks the rows inside a lasso', () => {
    expect(Array.from(rowsInPolygon(x, y, [0.5, 3.5, 3.5, 0.5], [0.5, 0.5, 3.5, 3.5]))).toEqual([
      1, 2, 3,
    ]);
  });

  it('intersects brushes over several axes; no brush is no selection', () => {
    expect(rowsInBrush([x, y], [undefined, undefined])).toBeNull();
    expect(
      Array.from(
        rowsInBrush(
          [x, y],
          [
            [1, 4],
            [0, 2],
          ],
        ) ?? [],
      ),
    ).toEqual([2, 3, 4]);
    expect(
      Array.from(
        rowsInBrush(
          [x, y],
          [
            [
              [0, 0],
              [4, 4],
            ],
            undefined,
          ],
        ) ?? [],
      ),
    ).toEqual([0, 4]);
  });

  it('draws the Pareto front over evaluated rows only, along x', () => {
    const status = Uint8Array.from([0, 0, 0, RowStatus.LinkFails, 0, 0]);
    const front = paretoFront(
      Float64Array.from([1, 2, 3, 0, 2.5, 5]),
      Float64Array.from([5, 3, 1, 0, 4, 0.5]),
      status,
      'energy_pJ_per_bit',
      'cost_usd_per_gbps',
    );
    expect(Array.from(front)).toEqual([0, 1, 2, 5]);
  });
});

describe('launch criteria editing', () => {
  it('adds a set, adds and removes criteria, keeping the scenario valid', () => {
    const store = newStore();
    expect(store.getState().scenario.launch_criteria).toBeUndefined();
    const first = { metric: 'link_margin_dB', op: '>=', value: 0 } as const;
    expect(store.getState().addCriteriaSet('Bar', first)).toEqual({ ok: true });
    expect(store.getState().addCriteriaSet('Bar', first).ok).toBe(false);
    expect(
      store.getState().addCriterion('Bar', { metric: 'energy_pJ_per_bit', op: '<=', value: 20 }),
    ).toEqual({ ok: true });
    const within = store.getState().addCriterion('Bar', {
      metric: 'latency_ns',
      op: 'within',
      range: [10, 5],
    });
    expect(within.ok).toBe(false);
    expect(store.getState().scenario.launch_criteria?.[0]?.criteria).toHaveLength(2);
    store.getState().removeCriterion('Bar', 0);
    store.getState().removeCriterion('Bar', 0);
    // The last criterion stays: a set needs one.
    expect(store.getState().scenario.launch_criteria?.[0]?.criteria).toEqual([
      { metric: 'energy_pJ_per_bit', op: '<=', value: 20 },
    ]);
    expect(store.getState().dirty).toBe(true);
    store.getState().removeCriteriaSet('Bar');
    expect(store.getState().scenario.launch_criteria).toEqual([]);
  });
});
