// `node scripts/generate-fleet-example.mjs`: bundles scripts/fleet-example.ts with esbuild and runs
// it, writing examples/fleet/ (synthetic telemetry, failure logs, the Llama 3 record).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['scripts/fleet-example.ts'],
  outfile: 'dist/scripts/fleet-example.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['dist/scripts/fleet-example.mjs'], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
