import type { MessagePort } from 'node:worker_threads';
import type { Direction } from '../../explore/pareto';
import { runSweepRange, type SweepColumns } from '../../explore/run-sweep';
import type { SweepPlan } from '../../explore/sweep-plan';
import type { Assumptions } from '../../scenario/technology-schema';
import { FrontFilter } from './front-filter';
import { addStatusCounts, STATUS_NAMES } from './results-table';

/**
 * The worker side of `lightbench sweep`: its own small bundle (dist/cli/sweep-worker.mjs: the
 * kernel and the front filter, no schema library), started before the spec is read so its
 * start-up overlaps the main thread's parsing. The first message is the job (the plan, as data);
 * then each request is a range of points, answered with its columns — or, when the sweep keeps
 * only a Pareto front, with that range's front and its status counts, so the main thread merges
 * a few rows instead of filtering every one.
 */
export const WORKER_KIND = 'lightbench-sweep-worker';

export interface SweepWorkerData {
  readonly kind: typeof WORKER_KIND;
}

/** What the sweep keeps of each range: every row, or the front over these metric columns. */
export interface FrontRequest {
  readonly metricColumns: readonly number[];
  readonly directions: readonly Direction[];
}

export interface SweepJob {
  readonly plan: SweepPlan;
  readonly assumptions: Assumptions;
  /**
   * Evaluate through the previous object path (runSweepRangeObject) instead of the kernel, for
   * `npm run bench`'s side-by-side figure.
   */
  readonly objectPath: boolean;
  readonly front: FrontRequest | null;
}

export interface WorkerRequest {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** What one range produced: rows evaluated and their statuses, whatever was kept. */
export interface RangeTally {
  readonly rows: number;
  readonly points: number;
  readonly counts: Float64Array;
}

export type WorkerReply =
  | { readonly index: number; readonly columns: SweepColumns; readonly tally: RangeTally }
  | { readonly index: number; readonly error: string };

export function isSweepWorkerData(data: unknown): data is SweepWorkerData {
  return typeof data === 'object' && data !== null && 'kind' in data && data.kind === WORKER_KIND;
}

/** The buffers of a block, handed to the main thread without copying. */
export function columnBuffers(columns: SweepColumns): ArrayBuffer[] {
  return [
    columns.point,
    columns.design,
    columns.status,
    columns.pass,
    ...columns.parameters,
    ...columns.metrics,
  ].map((array) => array.buffer as ArrayBuffer);
}

export type RangeRunner = typeof runSweepRange;

/**
 * Per job, the columns of its last range run for the front only, reused by its next range: keyed
 * by the job, so a block never serves a sweep of another shape.
 */
const spares = new WeakMap<SweepJob, SweepColumns>();

/** One range of a job, on whichever thread runs it: its kept rows and its tally. */
export function runRange(
  job: SweepJob,
  run: RangeRunner,
  start: number,
  end: number,
): { columns: SweepColumns; tally: RangeTally } {
  // A block kept only for its front is not sent anywhere: its columns serve the next range too.
  const block = run(job.plan, job.assumptions, start, end, job.front ? spares.get(job) : undefined);
  if (job.front) spares.set(job, block);
  const tally: RangeTally = {
    rows: block.rowCount,
    points: end - start,
    counts: addStatusCounts(new Float64Array(STATUS_NAMES.length), block.status),
  };
  if (!job.front) return { columns: block, tally };
  const filter = new FrontFilter(job.front.metricColumns, job.front.directions);
  filter.add(block);
  return { columns: filter.front() ?? emptyLike(block), tally };
}

function emptyLike(block: SweepColumns): SweepColumns {
  return {
    startPoint: block.startPoint,
    rowCount: 0,
    point: new Uint32Array(0),
    design: new Uint16Array(0),
    status: new Uint8Array(0),
    pass: new Uint8Array(0),
    parameters: block.parameters.map(() => new Float64Array(0)),
    metrics: block.metrics.map(() => new Float64Array(0)),
  };
}

/** What evaluates the job's ranges: the kernel, or the object path loaded only when asked for. */
export async function runnerOf(job: SweepJob): Promise<RangeRunner> {
  return job.objectPath
    ? (await import('../../explore/run-sweep-object')).runSweepRangeObject
    : runSweepRange;
}

export function runSweepWorker(port: MessagePort): void {
  let job: SweepJob | null = null;
  let run: Promise<RangeRunner> = Promise.resolve(runSweepRange);
  port.on('message', (message: WorkerMessage | null) => {
    if (message === null) {
      port.close();
      return;
    }
    if ('plan' in message) {
      job = message;
      run = runnerOf(message);
      return;
    }
    const current = job;
    const request = message;
    void run.then(
      (runner) => reply(port, current, runner, request),
      (error: unknown) => reply(port, null, runSweepRange, request, error),
    );
  });
}

type WorkerMessage = SweepJob | WorkerRequest;

function reply(
  port: MessagePort,
  job: SweepJob | null,
  runner: RangeRunner,
  request: WorkerRequest,
  failure?: unknown,
): void {
  if (!job || failure !== undefined) {
    port.postMessage({
      index: request.index,
      error: failure === undefined ? 'the worker has no sweep job' : String(failure),
    });
    return;
  }
  try {
    const { columns, tally } = runRange(job, runner, request.start, request.end);
    port.postMessage({ index: request.index, columns, tally }, [
      ...columnBuffers(columns),
      tally.counts.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    port.postMessage({
      index: request.index,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
}
