import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built CLI on the 1 000 000-point example grid: `sweep` on 2 workers to CSV, then `pareto`
 * over three objectives. Each process reports its own peak RSS (worker threads included) through
 * a preloaded exit hook. Targets: ≤ 1.5 s wall and ≤ 300 MB for the pair.
 */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss_kB '+process.resourceUsage().maxRSS+'\\n'))`;

function timed(args: readonly string[]): { wall_ms: number; rss_MB: number; stderr: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--import', REPORT_RSS, 'dist/cli/lightbench.mjs', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const wall_ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`lightbench ${args.join(' ')} failed:\n${result.stderr}`);
  const rss_kB = Number(/maxrss_kB (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  return { wall_ms, rss_MB: (rss_kB * 1024) / 1e6, stderr: result.stderr };
}

const RUNS = 3;

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

export function runSweepCliBench(): void {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const folder = mkdtempSync(join(tmpdir(), 'lightbench-bench-'));
  const csv = join(folder, 'grid-1m.csv');
  try {
    const objectives = 'energy_pJ_per_bit,cost_usd_per_gbps,max_reach_m';
    const streamedRun = (extra: readonly string[]) =>
      timed([
        'sweep',
        'examples/sweeps/grid-1m.json',
        '--out',
        join(folder, 'front.csv'),
        '--workers',
        '2',
        '--pareto',
        objectives,
        ...extra,
      ]);
    const kernel = Array.from({ length: RUNS }, () => streamedRun([]));
    const previous = Array.from({ length: RUNS }, () => streamedRun(['--object-path']));
    const wallOf = (runs: readonly { wall_ms: number }[]) => runs.map((r) => r.wall_ms / 1000);
    const rss = (runs: readonly { rss_MB: number }[]) => Math.max(...runs.map((r) => r.rss_MB));
    const kernelWall = wallOf(kernel);
    const previousWall = wallOf(previous);
    console.log(
      `${'CLI sweep --pareto, 1 000 000 points, 2 workers'.padEnd(52)} min/median ${Math.min(...kernelWall).toFixed(2)} / ${median(kernelWall).toFixed(2)} s wall (target ≤ 1.5 s), peak RSS ${rss(kernel).toFixed(0)} MB (target ≤ 300 MB)`,
    );
    console.log(
      `${'  previous object path, same run'.padEnd(52)} min/median ${Math.min(...previousWall).toFixed(2)} / ${median(previousWall).toFixed(2)} s wall, peak RSS ${rss(previous).toFixed(0)} MB → kernel ×${(median(previousWall) / median(kernelWall)).toFixed(1)} faster`,
    );
    const sweep = timed(['sweep', 'examples/sweeps/grid-1m.json', '--out', csv, '--workers', '2']);
    const pareto = timed([
      'pareto',
      csv,
      '--objectives',
      'energy_pJ_per_bit,cost_usd_per_gbps,max_reach_m',
      '--json',
    ]);
    const wall = sweep.wall_ms + pareto.wall_ms;
    const peak = Math.max(sweep.rss_MB, pareto.rss_MB);
    const line = (label: string, text: string) => console.log(`${label.padEnd(52)} ${text}`);
    line(
      'CLI sweep, 1 000 000 points, 2 workers → CSV',
      `${(sweep.wall_ms / 1000).toFixed(2)} s, peak RSS ${sweep.rss_MB.toFixed(0)} MB (${(statSync(csv).size / 1e6).toFixed(0)} MB file)`,
    );
    line(
      'CLI pareto on it, 3 objectives',
      `${(pareto.wall_ms / 1000).toFixed(2)} s, peak RSS ${pareto.rss_MB.toFixed(0)} MB`,
    );
    line(
      'CLI sweep → CSV, then pareto on the file',
      `${(wall / 1000).toFixed(2)} s wall, peak ${peak.toFixed(0)} MB (every row written and read back; the ≤ 1.5 s target is the streamed --pareto line above)`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
