import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';

/**
 * Fleet telemetry import, in a child process of its own (fleet-import.child.ts) so the RSS is
 * the import's: 1,000,000 synthetic rows (10,000 links × 100 samples, 4 lanes) streamed through
 * the importer in 10,000-row chunks, as the CLI and the worker feed it; then 10,000,000 rows
 * (1,000 samples per link), whose peak RSS must not be ten times the first's (the importer's
 * state is bounded by the link count, not the row count). Targets: 1 M rows ≤ 3 s, ≤ 300 MB.
 * Set LIGHTBENCH_FLEET_10M=0 to skip the 10 M-row run (it takes about ten times as long).
 */
const CHILD = 'dist/bench/fleet-import-child.mjs';
const RUNS = 3;

interface ChildResult {
  readonly rows: number;
  readonly bytes: number;
  readonly wall_ms: number;
  readonly cpu_ms: number;
  readonly before_MB: number;
  readonly peak_MB: number;
  readonly max_rss_MB: number;
  readonly checkpoints: readonly (readonly [number, number])[];
  readonly excess_dB: number | null;
}

function child(rounds: number): ChildResult {
  const run = spawnSync(process.execPath, ['--expose-gc', CHILD, String(rounds)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`fleet import child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const MB = (mib: number) => (mib * 2 ** 20) / 1e6;

export function runFleetBench(): void {
  buildSync({
    entryPoints: ['test/bench/fleet-import.child.ts'],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const runs = Array.from({ length: RUNS }, () => child(100));
  const wall = runs.map((r) => r.wall_ms / 1000);
  const cpu = runs.map((r) => r.cpu_ms / 1000);
  const peak = Math.max(...runs.map((r) => r.max_rss_MB));
  const first = runs[0] as ChildResult;
  console.log(
    `fleet import: ${first.rows.toLocaleString('en')} telemetry rows (${(first.bytes / 2 ** 20).toFixed(0)} MiB of CSV), own process: min/median ${Math.min(...wall).toFixed(2)} / ${median(wall).toFixed(2)} s wall (target ≤ 3 s; CPU ${median(cpu).toFixed(2)} s), peak RSS ${MB(peak).toFixed(0)} MB (target ≤ 300 MB; ${MB(first.before_MB).toFixed(0)} MB before the import); planted excess 1.50 dB → ${first.excess_dB?.toFixed(2)} dB`,
  );
  if (process.env['LIGHTBENCH_FLEET_10M'] === '0') {
    console.log('fleet import, 10 M rows: skipped (LIGHTBENCH_FLEET_10M=0)');
    return;
  }
  const big = child(1000);
  console.log(
    `fleet import: ${big.rows.toLocaleString('en')} telemetry rows (${(big.bytes / 2 ** 30).toFixed(2)} GiB of CSV) in ${(big.wall_ms / 1000).toFixed(1)} s wall (CPU ${(big.cpu_ms / 1000).toFixed(1)} s), peak RSS ${MB(big.max_rss_MB).toFixed(0)} MB (bounded: RSS at ${big.checkpoints.map(([rows, rss]) => `${rows / 1e6} M ${MB(rss).toFixed(0)}`).join(', ')} MB); planted excess 1.50 dB → ${big.excess_dB?.toFixed(2)} dB`,
  );
}
