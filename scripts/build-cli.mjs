// Bundles the CLI (core/cli/entry.ts and the core it uses) into one ES module for `bin/lightbench.mjs`.
import { build } from 'esbuild';

await build({
  entryPoints: ['core/cli/entry.ts'],
  outfile: 'dist/cli/lightbench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
