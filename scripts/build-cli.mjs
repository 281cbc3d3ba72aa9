// Bundles the CLI into dist/cli for `bin/lightbench.mjs`: the command (lightbench.mjs) and the
// sweep worker (sweep-worker.mjs), sharing chunks. npm packages are bundled in too — resolving
// and reading hundreds of small package files cost more start-up time than the sweep itself —
// except exceljs, which is large, used by one command and loaded only when that command runs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/cli', { recursive: true, force: true });
await build({
  entryPoints: {
    lightbench: 'core/cli/entry.ts',
    'sweep-worker': 'core/cli/sweep/worker-entry.ts',
  },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // Chunks sit beside the entries, so any of them finds ./sweep-worker.mjs.
  chunkNames: '[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs'],
  // Bundled CommonJS packages call require(); ES modules have none of their own.
  banner: {
    js: "import { createRequire as __lightbenchRequire } from 'node:module'; const require = __lightbenchRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});
