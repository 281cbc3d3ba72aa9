import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runSweepRange, runSweepRangeObject, type SweepColumns } from '../../index';
import type { LoadedSweep } from './load-sweep';
import { WORKER_KIND, type SweepWorkerData, type WorkerReply } from './worker';

/**
 * Runs a range of sweep points in contiguous chunks, on worker threads or inline, and hands the
 * blocks to `onBlock` strictly in point order. At most a few chunks per worker are in flight, so
 * memory stays bounded however large the sweep is.
 */
export interface PoolOptions {
  readonly sweep: LoadedSweep;
  readonly start: number;
  readonly end: number;
  readonly chunkPoints: number;
  readonly workers: number;
  /** Evaluate through runSweepRangeObject (the previous path) instead of the kernel. */
  readonly objectPath?: boolean;
  readonly signal?: AbortSignal | undefined;
  readonly onBlock: (block: SweepColumns) => void;
}

export type PoolOutcome = 'done' | 'aborted';

/** Chunks in flight per worker beyond the next block to write. */
const AHEAD_PER_WORKER = 3;

/**
 * What a worker runs. Bundled, this module *is* the CLI bundle, whose entry becomes a worker when
 * started with SweepWorkerData. From source (tests, tsx) it is the TypeScript entry, loaded
 * through tsx's loader.
 */
function startWorker(workerData: SweepWorkerData): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(here), { workerData });
  const entry = new URL('../entry.ts', here).href;
  // The ESM build of tsx's API (its "import" export); require.resolve finds the CommonJS twin.
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

function chunkRanges(start: number, end: number, chunkPoints: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let s = start; s < end; s += chunkPoints) ranges.push([s, Math.min(end, s + chunkPoints)]);
  return ranges;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runInline(options: PoolOptions): Promise<PoolOutcome> {
  const { sweep, signal } = options;
  for (const [start, end] of chunkRanges(options.start, options.end, options.chunkPoints)) {
    if (signal?.aborted) return 'aborted';
    const run = options.objectPath === true ? runSweepRangeObject : runSweepRange;
    options.onBlock(run(sweep.plan, sweep.scenario.assumptions, start, end));
    await nextTurn(); // lets a SIGINT (the abort signal) and progress output through
  }
  return signal?.aborted ? 'aborted' : 'done';
}

export function runSweepBlocks(options: PoolOptions): Promise<PoolOutcome> {
  const ranges = chunkRanges(options.start, options.end, options.chunkPoints);
  const count = Math.min(options.workers, ranges.length);
  if (count <= 1) return runInline(options);
  const { signal } = options;
  return new Promise<PoolOutcome>((resolve, reject) => {
    const workerData: SweepWorkerData = {
      kind: WORKER_KIND,
      spec: options.sweep.spec,
      scenario: options.sweep.scenario,
      objectPath: options.objectPath === true,
    };
    const workers: Worker[] = [];
    const idle: Worker[] = [];
    const ready = new Map<number, SweepColumns>();
    let dispatched = 0;
    let written = 0;
    let settled = false;
    const finish = (outcome: PoolOutcome | Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onAbort = () => finish('aborted');
    const dispatch = () => {
      while (
        idle.length > 0 &&
        dispatched < ranges.length &&
        dispatched - written < count * AHEAD_PER_WORKER
      ) {
        const [start, end] = ranges[dispatched] as [number, number];
        (idle.pop() as Worker).postMessage({ index: dispatched, start, end });
        dispatched++;
      }
    };
    const onReply = (worker: Worker, reply: WorkerReply) => {
      if (settled) return;
      if ('error' in reply) {
        finish(new Error(`sweep worker failed on chunk ${reply.index}: ${reply.error}`));
        return;
      }
      idle.push(worker);
      ready.set(reply.index, reply.columns);
      try {
        for (let block = ready.get(written); block; block = ready.get(written)) {
          ready.delete(written);
          written++;
          options.onBlock(block);
        }
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (written === ranges.length) finish('done');
      else dispatch();
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker(workerData);
      workers.push(worker);
      idle.push(worker);
      worker.on('message', (reply: WorkerReply) => onReply(worker, reply));
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0) finish(new Error(`a sweep worker exited with code ${code}`));
      });
    }
    if (signal?.aborted) finish('aborted');
    signal?.addEventListener('abort', onAbort);
    dispatch();
  });
}
