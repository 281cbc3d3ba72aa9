import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedFile } from './scenario-mutator';

/** Folders whose *.json files are scenarios (sweep specs are not: they are fuzzed by the CLI). */
const SEED_FOLDERS = [
  'examples',
  'examples/fleet',
  'examples/roadmap',
  'examples/suppliers',
  'examples/workload',
  'test/fixtures/scenarios/v1',
  'test/fixtures/scenarios/v2',
];

/** The files mutations start from: every example scenario and every frozen older-version file. */
export function loadSeedFiles(repoRoot: string): SeedFile[] {
  return SEED_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({
        name: `${folder}/${name}`,
        value: JSON.parse(readFileSync(path.join(repoRoot, folder, name), 'utf8')) as unknown,
      })),
  );
}
