import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../core/cli/main';
import type { LaunchCriteria, SweepSpecInput } from '../../core/index';

/** Shared by the sweep, pareto and criteria CLI tests: a temp folder with a judged scenario. */
export async function run(...argv: string[]) {
  return runWith({}, ...argv);
}

export async function runWith(extra: { signal?: AbortSignal }, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), ...extra });
  return { code, out, err };
}

/** The launch criteria the CLI tests judge against (the example scenario carries none). */
export const DATACENTER_BAR: LaunchCriteria = {
  name: 'datacenter-bar',
  criteria: [
    { metric: 'energy_pJ_per_bit', op: '<=', value: 20 },
    { metric: 'max_reach_m', op: '>=', value: 500 },
    { metric: 'latency_ns', op: 'within', range: [0, 3000] },
  ],
};

export function makeFolder(): { folder: string; scenario: string } {
  const folder = mkdtempSync(join(tmpdir(), 'lightbench-sweep-'));
  const scenario = JSON.parse(readFileSync('examples/datacenter-pmds.json', 'utf8')) as Record<
    string,
    unknown
  >;
  scenario['launch_criteria'] = [DATACENTER_BAR];
  const path = join(folder, 'scenario.json');
  writeFileSync(path, JSON.stringify(scenario, null, 2));
  return { folder, scenario: path };
}

export function writeSpec(folder: string, name: string, spec: SweepSpecInput | object): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(spec, null, 2));
  return path;
}

/** A 2-parameter grid over two designs, judged against DATACENTER_BAR: 3 × 3 points, 18 rows. */
export const SMALL_GRID: SweepSpecInput = {
  schemaVersion: 1,
  scenario: 'scenario.json',
  designs: ['400gbase-dr4', '400gbase-fr4'],
  parameters: [
    { path: 'channel.length_m', values: [100, 500, 2000] },
    { path: 'tx.oma_dBm', from: -1, to: 1, steps: 3 },
  ],
  metrics: [
    'energy_pJ_per_bit',
    'link_margin_dB',
    'max_reach_m',
    'cost_usd_per_gbps',
    'latency_ns',
  ],
  criteria: 'datacenter-bar',
};

/** Minimal CSV split for files the CLI wrote (no quoted cells in these tests). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}
