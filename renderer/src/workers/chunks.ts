import { concatColumns } from '../../../core';
import type { SweepColumns } from '../../../core';
import { SweepCancelled } from './sweepJob';
import type { SweepJob, SweepRunner } from './sweepJob';

/** Rows per chunk: about 20 ms of work, so progress moves smoothly and cancel is prompt. */
export const ROWS_PER_CHUNK = 400;

export interface ChunkRange {
  /** Index of the job in the run. */
  readonly job: number;
  readonly start: number;
  readonly end: number;
}

/** Points per chunk for a job: enough chunks to keep every worker busy, none too large. */
export function chunkPoints(pointCount: number, designCount: number, concurrency: number): number {
  const byRows = Math.floor(ROWS_PER_CHUNK / Math.max(1, designCount));
  const bySpread = Math.ceil(pointCount / Math.max(1, concurrency));
  return Math.max(1, Math.min(byRows, bySpread));
}

/** Contiguous [start, end) ranges covering 0 … pointCount, each at most `size` points. */
export function splitChunks(job: number, pointCount: number, size: number): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  for (let start = 0; start < pointCount; start += size) {
    chunks.push({ job, start, end: Math.min(pointCount, start + size) });
  }
  return chunks;
}

/** Blocks of one job, whatever order they finished in, joined in point order. */
export function assembleInPointOrder(blocks: readonly SweepColumns[]): SweepColumns {
  return concatColumns(blocks.slice().sort((a, b) => a.startPoint - b.startPoint));
}

export interface PlannedJob {
  readonly job: SweepJob;
  readonly pointCount: number;
  readonly designCount: number;
}

export interface Progress {
  /** Points evaluated so far, over every job. */
  readonly done: number;
  readonly total: number;
}

export interface ChunkedRunOptions {
  readonly onProgress?: (progress: Progress) => void;
  /** Checked between chunks; once aborted nothing new starts and the runner cancels the rest. */
  readonly signal?: AbortSignal;
}

/**
 * Runs every job in chunks, at most `runner.concurrency` at a time, and returns one block per job
 * assembled in point order. Cancelling rejects with SweepCancelled.
 */
export async function runChunked(
  jobs: readonly PlannedJob[],
  runner: SweepRunner,
  options: ChunkedRunOptions = {},
): Promise<SweepColumns[]> {
  const queue = jobs.flatMap((planned, index) =>
    splitChunks(
      index,
      planned.pointCount,
      chunkPoints(planned.pointCount, planned.designCount, runner.concurrency),
    ),
  );
  const total = jobs.reduce((sum, planned) => sum + planned.pointCount, 0);
  const blocks: SweepColumns[][] = jobs.map(() => []);
  let done = 0;
  let next = 0;
  const { signal, onProgress } = options;
  const aborted = () => signal?.aborted === true;

  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      if (aborted()) throw new SweepCancelled();
      const chunk = queue[next++] as ChunkRange;
      const planned = jobs[chunk.job] as PlannedJob;
      const block = await runner.runChunk(planned.job, chunk.start, chunk.end);
      if (aborted()) throw new SweepCancelled();
      (blocks[chunk.job] as SweepColumns[]).push(block);
      done += chunk.end - chunk.start;
      onProgress?.({ done, total });
    }
  };
  const onAbort = () => runner.cancel();
  signal?.addEventListener('abort', onAbort);
  try {
    if (aborted()) throw new SweepCancelled();
    const lanes = Math.max(1, Math.min(runner.concurrency, queue.length));
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return blocks.map((jobBlocks) => assembleInPointOrder(jobBlocks));
}
