import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SweepColumns } from '../../explore/run-sweep';
import {
  runnerOf,
  runRange,
  WORKER_KIND,
  type RangeTally,
  type SweepJob,
  type SweepWorkerData,
  type WorkerReply,
} from './worker';

/**
 * Runs a range of sweep points in contiguous chunks, on worker threads or inline, and hands the
 * blocks to `onBlock` strictly in point order. At most a few chunks per worker are in flight, so
 * memory stays bounded however large the sweep is.
 */
export interface PoolOptions {
  readonly job: SweepJob;
  readonly start: number;
  readonly end: number;
  readonly chunkPoints: number;
  /** Threads started ahead with `startSweepWorkers` (none: run inline). */
  readonly threads: readonly Worker[];
  readonly signal?: AbortSignal | undefined;
  readonly onBlock: (block: SweepColumns, tally: RangeTally) => void;
}

export type PoolOutcome = 'done' | 'aborted';

/** Chunks in flight per worker beyond the next block to write. */
const AHEAD_PER_WORKER = 3;

/**
 * One worker thread on the sweep worker's own bundle (dist/cli/sweep-worker.mjs, beside the
 * CLI's chunks). From source (tests, tsx) it is the TypeScript entry, loaded through tsx's loader.
 */
function startWorker(): Worker {
  const workerData: SweepWorkerData = { kind: WORKER_KIND };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./sweep-worker.mjs', here), { workerData });
  const entry = new URL('./worker-entry.ts', here).href;
  // The ESM build of tsx's API (its "import" export); require.resolve finds the CommonJS twin.
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Starts `count` sweep workers now (none for one: that sweep runs inline), so their start-up
 * overlaps reading and planning the spec. Whoever starts them ends them with `stopSweepWorkers`.
 */
export function startSweepWorkers(count: number): Worker[] {
  const ready = prestarted.splice(0);
  stopSweepWorkers(ready.slice(Math.max(count, 1)));
  if (count <= 1) {
    stopSweepWorkers(ready);
    return [];
  }
  const taken = ready.slice(0, count);
  while (taken.length < count) taken.push(bootWorker());
  return taken;
}

function bootWorker(): Worker {
  const worker = startWorker();
  // Held until the job starts: a worker that fails to load before then fails the job.
  worker.once('error', (error) => startErrors.set(worker, error));
  return worker;
}

/** Workers the CLI entry started before it loaded the commands, for the sweep to take. */
const prestarted: Worker[] = [];

/**
 * Starts sweep workers while the rest of the CLI still loads (called by the entry for `sweep`);
 * `startSweepWorkers` takes them. Unref'd, so they never keep a process alive that did not take them.
 */
export function prestartSweepWorkers(count: number): void {
  for (let w = prestarted.length; w < count; w++) {
    const worker = bootWorker();
    worker.unref();
    prestarted.push(worker);
  }
}

const startErrors = new WeakMap<Worker, Error>();

export function stopSweepWorkers(threads: readonly Worker[]): void {
  for (const thread of threads) void thread.terminate();
}

function chunkRanges(start: number, end: number, chunkPoints: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let s = start; s < end; s += chunkPoints) ranges.push([s, Math.min(end, s + chunkPoints)]);
  return ranges;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runInline(options: PoolOptions): Promise<PoolOutcome> {
  const { signal } = options;
  const run = await runnerOf(options.job);
  for (const [start, end] of chunkRanges(options.start, options.end, options.chunkPoints)) {
    if (signal?.aborted) return 'aborted';
    const { columns, tally } = runRange(options.job, run, start, end);
    options.onBlock(columns, tally);
    await nextTurn(); // lets a SIGINT (the abort signal) and progress output through
  }
  return signal?.aborted ? 'aborted' : 'done';
}

/** Runs the job; the threads given are stopped when it ends, whatever the outcome. */
export function runSweepBlocks(options: PoolOptions): Promise<PoolOutcome> {
  const ranges = chunkRanges(options.start, options.end, options.chunkPoints);
  const count = Math.min(options.threads.length, ranges.length);
  const workers = options.threads.slice(0, count);
  stopSweepWorkers(options.threads.slice(count));
  if (count <= 1) {
    stopSweepWorkers(workers);
    return runInline(options);
  }
  const { signal } = options;
  return new Promise<PoolOutcome>((resolve, reject) => {
    const idle: Worker[] = [...workers];
    const ready = new Map<number, { columns: SweepColumns; tally: RangeTally }>();
    let dispatched = 0;
    let written = 0;
    let settled = false;
    const finish = (outcome: PoolOutcome | Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stopSweepWorkers(workers);
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
      ready.set(reply.index, reply);
      try {
        for (let done = ready.get(written); done; done = ready.get(written)) {
          ready.delete(written);
          written++;
          options.onBlock(done.columns, done.tally);
        }
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (written === ranges.length) finish('done');
      else dispatch();
    };
    for (const worker of workers) {
      worker.ref();
      const failed = startErrors.get(worker);
      if (failed) {
        finish(failed);
        return;
      }
      worker.postMessage(options.job);
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
