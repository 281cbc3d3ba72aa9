// `npm run fuzz`: builds the CLI the harness runs, then the fuzz harness (test/fuzz/main.ts) under
// tsx. Arguments go through: `npm run fuzz -- --seed 42 --only cli:17`.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'test', 'fuzz', 'main.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
