#!/usr/bin/env node
// The `lightbench` command. The CLI is bundled into dist/cli by `npm install` (the prepare script);
// if that bundle is missing (a fresh clone before install), build it first.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'lightbench.mjs');
if (!existsSync(bundle)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
await import(pathToFileURL(bundle).href);
