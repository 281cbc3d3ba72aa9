import { describe, expect, it } from 'vitest';
import { planSweep, runSweepRange, sweepSpecSchema } from '../../core';
import type { SweepColumns, SweepSpecInput } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import {
  assembleInPointOrder,
  chunkPoints,
  runChunked,
  splitChunks,
} from '../../renderer/src/workers/chunks';
import { createInlineRunner } from '../../renderer/src/workers/inlineRunner';
import { SweepCancelled } from '../../renderer/src/workers/sweepJob';
import type { SweepJob, SweepRunner } from '../../renderer/src/workers/sweepJob';

const scenario = firstRunScenario();
const spec: SweepSpecInput = {
  schemaVersion: 1,
  designs: ['400gbase-dr4', '400gbase-fr4'],
  parameters: [{ path: 'channel.length_m', from: 100, to: 3000, steps: 37, scale: 'linear' }],
  sampling: { method: 'grid' },
};
const job: SweepJob = { id: 'test', spec, scenario };

function plan() {
  const planned = planSweep(sweepSpecSchema.parse(spec), scenario);
  if (!planned.ok) throw new Error('spec does not plan');
  return planned.plan;
}

/** Runs chunks inline but finishes them in reverse order of starting, to test the assembly. */
function shuffledRunner(concurrency: number): SweepRunner & { started: number[] } {
  const started: number[] = [];
  let delay = 40;
  return {
    concurrency,
    started,
    runChunk(chunkJob, start, end) {
      started.push(start);
      const wait = (delay = Math.max(0, delay - 5));
      return new Promise((resolve) =>
        setTimeout(
          () => resolve(runSweepRange(plan(), chunkJob.scenario.assumptions, start, end)),
          wait,
        ),
      );
    },
    cancel() {},
  };
}

describe('chunk splitting', () => {
  it.each([
    [0, 5, []],
    [
      10,
      4,
      [
        [0, 4],
        [4, 8],
        [8, 10],
      ],
    ],
    [3, 5, [[0, 3]]],
  ] as const)('%i points in chunks of %i', (points, size, expected) => {
    expect(splitChunks(0, points, size).map((chunk) => [chunk.start, chunk.end])).toEqual(expected);
  });

  it('covers every point exactly once whatever the sizes', () => {
    for (const points of [1, 7, 100, 1001]) {
      for (const size of [1, 3, 64, 5000]) {
        const chunks = splitChunks(2, points, size);
        expect(chunks.every((chunk) => chunk.job === 2)).toBe(true);
        expect(chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0)).toBe(points);
        chunks.forEach((chunk, i) => expect(chunk.start).toBe(i === 0 ? 0 : chunks[i - 1]?.end));
      }
    }
  });

  it('keeps chunks near 400 rows and spreads small sweeps over every worker', () => {
    expect(chunkPoints(10_000, 1, 4)).toBe(400);
    expect(chunkPoints(10_000, 8, 4)).toBe(50);
    expect(chunkPoints(10, 1, 4)).toBe(3);
    expect(chunkPoints(1, 200, 4)).toBe(1);
  });
});

describe('runChunked', () => {
  it('assembles blocks in point order, equal to one unchunked run', async () => {
    const runner = shuffledRunner(3);
    const progress: number[] = [];
    // designCount 100 forces chunks of 4 points: ten chunks over three lanes.
    const [columns] = await runChunked([{ job, pointCount: 37, designCount: 100 }], runner, {
      onProgress: ({ done, total }) => {
        expect(total).toBe(37);
        progress.push(done);
      },
    });
    const whole = runSweepRange(plan(), scenario.assumptions, 0, 37);
    expect(columns?.rowCount).toBe(74);
    expect(Array.from(columns?.point ?? [])).toEqual(Array.from(whole.point));
    expect(Array.from(columns?.design ?? [])).toEqual(Array.from(whole.design));
    expect(Array.from(columns?.metrics[0] ?? [])).toEqual(Array.from(whole.metrics[0] ?? []));
    expect(Array.from(columns?.status ?? [])).toEqual(Array.from(whole.status));
    expect(progress.at(-1)).toBe(37);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(runner.started).toHaveLength(10);
  });

  it('joins out-of-order blocks by their start point', () => {
    const p = plan();
    const blocks: SweepColumns[] = [
      runSweepRange(p, scenario.assumptions, 20, 37),
      runSweepRange(p, scenario.assumptions, 0, 10),
      runSweepRange(p, scenario.assumptions, 10, 20),
    ];
    const joined = assembleInPointOrder(blocks);
    expect(Array.from(joined.point)).toEqual(
      Array.from({ length: 74 }, (_, row) => Math.floor(row / 2)),
    );
  });

  it('runs several jobs and returns one block per job', async () => {
    const other: SweepJob = {
      id: 'other',
      scenario,
      spec: { ...spec, designs: ['400gbase-dr4'] },
    };
    const blocks = await runChunked(
      [
        { job, pointCount: 37, designCount: 2 },
        { job: other, pointCount: 37, designCount: 1 },
      ],
      createInlineRunner(2),
    );
    expect(blocks.map((block) => block.rowCount)).toEqual([74, 37]);
  });

  it('cancels between chunks: nothing new starts and the run rejects', async () => {
    const runner = createInlineRunner(1);
    const abort = new AbortController();
    let calls = 0;
    const counting: SweepRunner = {
      concurrency: 1,
      runChunk(...args) {
        calls += 1;
        if (calls === 2) abort.abort();
        return runner.runChunk(...args);
      },
      cancel: () => runner.cancel(),
    };
    const run = runChunked([{ job, pointCount: 37, designCount: 200 }], counting, {
      signal: abort.signal,
    });
    await expect(run).rejects.toBeInstanceOf(SweepCancelled);
    expect(calls).toBe(2);
  });
});
