// `npm run bench`: bundles the benchmark entry with esbuild and runs it; prints figures, asserts nothing.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['test/bench/main.ts'],
  outfile: 'dist/bench/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['dist/bench/main.mjs'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
