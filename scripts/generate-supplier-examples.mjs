// `node scripts/generate-supplier-examples.mjs`: writes examples/suppliers/ (three suppliers' SYNTHETIC
// sample reports for one 800GBASE-DR8 design, and the scenario that imports them) from a fixed seed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['scripts/supplier-examples/generate.ts'],
  outfile: 'dist/scripts/generate-supplier-examples.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['dist/scripts/generate-supplier-examples.mjs'], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
