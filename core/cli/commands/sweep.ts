import { openOutputFile } from '../output-file';
import { availableParallelism } from 'node:os';
import { concatColumns, type SweepColumns } from '../../explore/run-sweep';
import { CliInputError } from '../read-scenario';
import { progressBar } from '../progress';
import { loadSweep } from '../sweep/load-sweep';
import { FrontFilter } from '../sweep/front-filter';
import { parseObjectives } from './pareto';
import { runSweepBlocks, startSweepWorkers, stopSweepWorkers } from '../sweep/pool';
import { autoShard } from '../sweep/auto-shard';
import { csvHeader, csvRows } from '../sweep/results-csv';
import { writeResultsJson } from '../sweep/results-json';
import { describeFailures, STATUS_NAMES, statusName } from '../sweep/results-table';

/**
 * `lightbench sweep SPEC --out FILE`: plans the spec against its scenario, runs this shard's
 * points on worker threads and writes CSV or columnar JSON. The file appears only when the sweep
 * finished: rows go to a temporary file beside it, renamed at the end, removed on error or SIGINT.
 */
export interface SweepOptions {
  readonly out: string;
  readonly workers?: string;
  readonly shard?: string;
  readonly chunk?: string;
  readonly progress?: boolean;
  readonly scenario?: string;
  /** Keep only the Pareto front over these objectives ("a,b[:max],…"). */
  readonly pareto?: string;
  /** With --shard auto and JOB_COMPLETION_INDEX: the number of shards. */
  readonly shardCount?: string;
  /** Evaluate through the object path instead of the kernel (for `npm run bench`). */
  readonly objectPath?: boolean;
}

export interface SweepIo {
  readonly err: (text: string) => void;
  /** The environment `--shard auto` reads (process.env). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Draw a progress bar (stderr is a terminal, or --progress). */
  readonly progress: boolean;
}

/** Thrown when the sweep was interrupted: nothing was written. */
export class CliCancelled extends Error {}

function wholeNumber(option: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !(value >= min))
    throw new CliInputError(
      `${option}: must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`,
    );
  return value;
}

/** "--shard i/n": 0-based i in 0 … n−1 (SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX count from 0). */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1) || !(index < count))
    throw new CliInputError(
      `--shard: must be i/n with n ≥ 1 and i in 0 … n−1 (0-based), got ${JSON.stringify(text)}`,
    );
  return { index, count };
}

/** The points of shard i of n: [floor(i·N/n), floor((i+1)·N/n)). */
export function shardRange(pointCount: number, index: number, count: number): [number, number] {
  return [Math.floor((index * pointCount) / count), Math.floor(((index + 1) * pointCount) / count)];
}

function formatRate(rowsPerSecond: number): string {
  return rowsPerSecond >= 1e6
    ? `${(rowsPerSecond / 1e6).toFixed(2)} M`
    : rowsPerSecond >= 1e3
      ? `${(rowsPerSecond / 1e3).toFixed(1)} k`
      : rowsPerSecond.toFixed(0);
}

export async function sweepCommand(specPath: string, options: SweepOptions, io: SweepIo) {
  const format = /\.csv$/i.test(options.out) ? 'csv' : /\.json$/i.test(options.out) ? 'json' : null;
  if (format === null)
    throw new CliInputError(`--out: must end in .csv or .json, got ${JSON.stringify(options.out)}`);
  const workers =
    options.workers === undefined
      ? availableParallelism()
      : wholeNumber('--workers', options.workers, 1);
  // Started before the spec is read, so their start-up overlaps reading and planning it.
  const threads = startSweepWorkers(workers);
  try {
    await sweepWith(specPath, options, io, format, workers, threads);
  } finally {
    stopSweepWorkers(threads);
  }
}

async function sweepWith(
  specPath: string,
  options: SweepOptions,
  io: SweepIo,
  format: 'csv' | 'json',
  workers: number,
  threads: ReturnType<typeof startSweepWorkers>,
) {
  if (options.shardCount !== undefined && options.shard !== 'auto')
    throw new CliInputError('--shard-count: only with --shard auto');
  const shard =
    options.shard === undefined
      ? { index: 0, count: 1 }
      : options.shard === 'auto'
        ? autoShard(io.env ?? {}, options.shardCount)
        : parseShard(options.shard);
  const sweep = loadSweep(specPath, options.scenario);
  const { plan } = sweep;
  const [start, end] = shardRange(plan.pointCount, shard.index, shard.count);
  const points = end - start;
  const designs = plan.designs.length;
  // Default: about 8 192 rows per chunk (65 536 when only a front comes back: nothing to stream),
  // and enough chunks to keep every worker busy.
  const chunkRows = options.pareto === undefined ? 8192 : 65_536;
  const chunkPoints =
    options.chunk === undefined
      ? Math.max(1, Math.min(Math.ceil(chunkRows / designs), Math.ceil(points / (workers * 8))))
      : wholeNumber('--chunk', options.chunk, 1);
  const designIds = plan.designs.map((d) => d.id);
  const judged = plan.criteria !== null;
  const objectives = options.pareto === undefined ? null : parseObjectives(options.pareto);
  const frontRequest = objectives
    ? {
        metricColumns: objectives.map(({ metric }) => {
          const column = plan.metrics.indexOf(metric);
          if (column < 0)
            throw new CliInputError(
              `--pareto: ${metric} is not among the spec's metrics (${plan.metrics.join(', ')})`,
            );
          return column;
        }),
        directions: objectives.map((o) => o.direction),
      }
    : null;
  // Each range arrives as its own front (filtered where it ran); the front of fronts is kept here.
  const front = frontRequest
    ? new FrontFilter(frontRequest.metricColumns, frontRequest.directions)
    : null;

  const output = openOutputFile('--out', options.out);
  const write = (text: string) => output.write(text);
  const blocks: SweepColumns[] = [];
  const statusCounts = new Float64Array(STATUS_NAMES.length);
  let rows = 0;
  let done = 0;
  const bar = io.progress ? progressBar(points, 'points', io.err) : null;
  const started = performance.now();
  let outcome: 'done' | 'aborted';
  try {
    if (format === 'csv') write(csvHeader(plan.paths, plan.metrics));
    const keep = (block: SweepColumns) => {
      if (format === 'csv') write(csvRows(block, designIds, judged));
      else blocks.push(block);
    };
    outcome = await runSweepBlocks({
      job: {
        plan,
        assumptions: sweep.scenario.assumptions,
        objectPath: options.objectPath === true,
        front: frontRequest,
      },
      start,
      end,
      chunkPoints,
      threads,
      signal: io.signal,
      onBlock(block, tally) {
        tally.counts.forEach(
          (count, code) => (statusCounts[code] = (statusCounts[code] ?? 0) + count),
        );
        rows += tally.rows;
        done += tally.points;
        if (front) front.add(block);
        else keep(block);
        bar?.update(done);
      },
    });
    const frontRows = front?.result() ?? null;
    if (outcome === 'done' && frontRows) keep(frontRows);
    if (outcome === 'done' && format === 'json')
      writeResultsJson(
        write,
        {
          spec: sweep.spec,
          scenario: sweep.scenario.name,
          pointCount: plan.pointCount,
          points: [start, end],
          criteria: plan.criteria?.name ?? null,
        },
        {
          designs: designIds,
          paths: plan.paths,
          metrics: plan.metrics,
          judged,
          columns: concatColumns(blocks),
        },
      );
  } catch (error) {
    output.discard();
    bar?.clear();
    throw error;
  }
  bar?.clear();
  if (outcome === 'aborted') {
    output.discard();
    throw new CliCancelled(`sweep interrupted after ${done} of ${points} points; wrote nothing`);
  }
  output.commit();
  const wall_s = (performance.now() - started) / 1000;
  const used = Math.min(workers, Math.ceil(points / chunkPoints)) || 1;
  const peak_MiB = process.resourceUsage().maxRSS / 1024;
  io.err(
    `lightbench: swept ${points} points × ${designs} design${designs === 1 ? '' : 's'} = ${rows} rows` +
      `${shard.count > 1 ? ` (shard ${shard.index}/${shard.count}: points ${start}…${end - 1} of ${plan.pointCount})` : ''}` +
      ` in ${wall_s.toFixed(2)} s (${formatRate(rows / Math.max(wall_s, 1e-9))} rows/s, ${used} worker${used === 1 ? '' : 's'}, peak RSS ${peak_MiB.toFixed(0)} MiB); ` +
      `${describeFailures(new Map([...statusCounts].map((count, code) => [statusName(code), count])))}; ` +
      `${front ? `kept the Pareto front over ${options.pareto}: ${front.result()?.rowCount ?? 0} rows; ` : ''}wrote ${options.out}\n`,
  );
}
