import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { CampaignResult } from './results';
import type { WorkerJob, WorkerMessage } from './worker';

/**
 * Runs an in-process campaign (scenario files or CSV datasheets) on a worker thread with a
 * per-input time limit: an input still running at the limit is a hang; the worker is then
 * terminated and a new one goes on with the next input.
 */
export interface InProcessOptions {
  readonly campaign: WorkerJob['campaign'];
  readonly seed: number;
  readonly count: number;
  /** First input index (default 0): `--only campaign:i` runs [i, i + 1). */
  readonly first?: number;
  readonly limit_ms: number;
  readonly repoRoot: string;
}

let bundled: Promise<string> | undefined;

/** The worker bundled once per process (vitest and tsx alike can then start it as plain JS). */
function workerBundle(repoRoot: string): Promise<string> {
  bundled ??= (async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'lightbench-fuzz-bundle-'));
    const outfile = path.join(folder, 'worker.mjs');
    await build({
      entryPoints: [path.join(repoRoot, 'test/fuzz/worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __fuzzCreateRequire } from 'node:module'; const require = __fuzzCreateRequire(import.meta.url);",
      },
    });
    process.once('exit', () => {
      void rm(folder, { recursive: true, force: true });
    });
    return outfile;
  })();
  return bundled;
}

export async function runInProcess(options: InProcessOptions): Promise<CampaignResult> {
  const result = new CampaignResult(options.campaign);
  const started = performance.now();
  const bundle = await workerBundle(options.repoRoot);
  const scratch = await mkdtemp(path.join(tmpdir(), `lightbench-fuzz-${options.campaign}-`));
  const first = options.first ?? 0;
  const end = first + options.count;
  let next = first;
  let slowest = { ms: 0, index: -1, label: '' };
  let accepted = 0;
  while (next < end) {
    next = await new Promise<number>((resolve) => {
      const worker = new Worker(bundle, {
        workerData: {
          campaign: options.campaign,
          seed: options.seed,
          from: next,
          to: end,
          repoRoot: options.repoRoot,
        } satisfies WorkerJob,
        env: { ...process.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
        stdout: true,
        stderr: true,
        // Not the parent's loader flags (tsx, vitest): the bundle is plain JS.
        execArgv: [],
      });
      let current = { index: next, label: '' };
      let answered = false;
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const printed: string[] = [];
      worker.stdout.on('data', (chunk: Buffer) => printed.push(chunk.toString()));
      worker.stderr.on('data', (chunk: Buffer) => printed.push(chunk.toString()));
      const stop = (resumeAt: number) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        void worker.terminate().then(() => resolve(resumeAt));
      };
      worker.on('message', (message: WorkerMessage) => {
        if (finished) return; // an answer still queued from a worker being stopped
        if (message.type === 'start') {
          current = { index: message.index, label: message.label };
          answered = false;
          printed.length = 0;
          clearTimeout(timer);
          timer = setTimeout(() => {
            result.inputs++;
            result.add(
              'hangs',
              current.index,
              [`no answer in ${options.limit_ms} ms`],
              current.label,
            );
            stop(current.index + 1);
          }, options.limit_ms);
          return;
        }
        clearTimeout(timer);
        answered = true;
        result.inputs++;
        if (message.ms > slowest.ms) slowest = { ms: message.ms, ...current };
        const { outcome } = message;
        accepted += outcome.accepted ?? 0;
        if (outcome.crash !== undefined)
          result.add('crashes', message.index, [outcome.crash], current.label);
        if (message.ms > options.limit_ms)
          result.add('hangs', message.index, [`took ${message.ms.toFixed(0)} ms`], current.label);
        result.add('nonFinite', message.index, outcome.nonFinite, current.label);
        result.add('pollution', message.index, message.pollution, current.label);
        const noise = printed.splice(0).map((text) => `printed: ${text.trim().slice(0, 200)}`);
        result.add('other', message.index, [...outcome.other, ...noise], current.label);
        if (message.index === end - 1) stop(end);
      });
      worker.on('error', (error) => {
        if (finished) return;
        // Died in the input it last started, or (if that one was answered) before the next.
        const index = answered ? current.index + 1 : current.index;
        result.inputs++;
        result.add(
          'crashes',
          index,
          [`worker died: ${String(error)}`],
          answered ? '(between inputs)' : current.label,
        );
        stop(index + 1);
      });
      worker.on('exit', () => {
        if (!finished) {
          finished = true;
          clearTimeout(timer);
          resolve(end);
        }
      });
    });
  }
  const left = await readdir(scratch);
  result.add(
    'filesLeft',
    -1,
    left.map((name) => `left in TMPDIR: ${name}`),
    '(the whole campaign)',
  );
  await rm(scratch, { recursive: true, force: true });
  result.notes.push(
    options.campaign === 'scenarios'
      ? `${accepted} files parsed, were saved and reloaded and evaluated through every export`
      : `${accepted} designs imported, validated and evaluated`,
  );
  result.notes.push(
    `slowest input ${slowest.ms.toFixed(0)} ms (limit ${options.limit_ms} ms): ${options.campaign}:${slowest.index} ${slowest.label.slice(0, 200)}`,
  );
  result.wall_ms = performance.now() - started;
  return result;
}
