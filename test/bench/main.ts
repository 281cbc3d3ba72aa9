import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runFabricBench } from './fabric.bench';
import { runFleetBench } from './fleet.bench';
import { runKernelBench } from './kernel.bench';
import { runLinkBench } from './link.bench';
import { runPackage3dBench } from './package3d.bench';
import { runParetoBench } from './pareto.bench';
import { runSignalBench } from './signal.bench';
import { runSuppliersBench } from './suppliers.bench';
import { runSweepCliBench } from './sweep-cli.bench';
import { runTradeSpaceBench } from './trade-space.bench';
import { runWorkloadBench } from './workload.bench';
import { runRoadmapBench } from './roadmap.bench';

/**
 * `npm run bench`: prints every speed and memory figure beside its target; asserts nothing. A
 * line that cannot run here (no Chromium, no built renderer that can be built) says why and is
 * skipped; the run exits 0 once it has measured something.
 */
console.log(`Lightbench benchmarks — node ${process.version}, ${process.arch}\n`);
let measured = 0;
const skipped: string[] = [];
/** `BENCH_ONLY=kernel,fleet npm run bench` runs only the named lines (case-insensitive prefixes). */
const only = (process.env['BENCH_ONLY'] ?? '')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter((s) => s.length > 0);
const selected = (name: string) =>
  only.length === 0 || only.some((prefix) => name.toLowerCase().startsWith(prefix));
async function bench(name: string, run: () => void | Promise<void>): Promise<void> {
  if (!selected(name)) return;
  try {
    await run();
    measured++;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    skipped.push(`${name}: ${reason}`);
    console.log(`\n[skipped] ${name}: ${reason}`);
  }
}

/** The renderer the browser benches load: built here when missing, or the reason it is not. */
function rendererReady(): string | null {
  const root = process.env['RENDERER_DIST'] ?? join(process.cwd(), 'dist/renderer');
  if (existsSync(join(root, 'index.html'))) return null;
  if (process.env['RENDERER_DIST']) return `RENDERER_DIST=${root} has no index.html`;
  console.log('\n(building the renderer for the browser benches: npm run build:renderer)');
  const built = spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  return built.status === 0 && existsSync(join(root, 'index.html'))
    ? null
    : `npm run build:renderer failed (exit ${built.status ?? 'signal'}); run it to see why`;
}

await bench('kernel', runKernelBench);
await bench('link', runLinkBench);
await bench('pareto', runParetoBench);
await bench('signal', runSignalBench);
await bench('suppliers', runSuppliersBench);
await bench('fabric', runFabricBench);
await bench('workload', runWorkloadBench);
await bench('fleet', runFleetBench);
await bench('CLI sweep', runSweepCliBench);
await bench('roadmap', runRoadmapBench);
const renderer = selected('Trade space') || selected('Package 3D') ? rendererReady() : null;
if (renderer === null) {
  await bench('Trade space', runTradeSpaceBench);
  await bench('Package 3D', runPackage3dBench);
} else {
  for (const name of ['Trade space', 'Package 3D']) {
    skipped.push(`${name}: ${renderer}`);
    console.log(`\n[skipped] ${name}: needs a built renderer — ${renderer}`);
  }
}
const memory = process.memoryUsage();
console.log(
  `\nheap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB`,
);
if (skipped.length > 0) console.log(`skipped: ${skipped.join('; ')}`);
process.exitCode = measured > 0 ? 0 : 1;
