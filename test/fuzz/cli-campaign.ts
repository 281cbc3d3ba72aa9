import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCsv } from './csv-generator';
import { CampaignResult } from './results';
import { Rng, STREAM } from './rng';
import { mutateScenario, type SeedFile } from './scenario-mutator';
import { loadSeedFiles } from './seeds';

/**
 * The built CLI (`node bin/lightbench.mjs`) run with random commands, options and files, each in
 * a folder of its own. Documented exit codes: 0 success, 2 bad input or usage; 1 is an unexpected
 * failure, so it counts as a crash here, like a signal, a stack trace on stderr or an exit code
 * outside {0, 1, 2}. A run past the time limit is a hang. Files left: anything in the folder but
 * the inputs and, on success, the outputs the command line names; TMPDIR must stay empty.
 */
export interface CliOptions {
  readonly seed: number;
  readonly count: number;
  readonly first?: number;
  readonly limit_ms: number;
  readonly repoRoot: string;
}

interface Staged {
  readonly args: string[];
  /** Files the command may write (relative to the run's folder). */
  readonly outputs: string[];
}

const STACK_TRACE = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+|\(native\)|<anonymous>\)?)$/m;
const NON_FINITE = /\bNaN\b|(?<![A-Za-z])-?Infinity\b/;

const COMMANDS = [
  'eval',
  'compare',
  'brief',
  'fabric',
  'sweep',
  'merge',
  'pareto',
  'criteria',
  'catalog',
  'suppliers',
  'roadmap',
  'fleet',
  'workload',
] as const;
const METRICS = [
  'energy_pJ_per_bit',
  'cost_usd_per_gbps',
  'max_reach_m',
  'link_margin_dB',
  'module_power_W',
  'latency_ns',
  'no_such_metric',
  'constructor',
  '__proto__',
];
const SEED_FOR: Readonly<Record<string, string>> = {
  suppliers: 'examples/suppliers/suppliers-dr8.json',
  roadmap: 'examples/roadmap/dr8-lpo-cpo.json',
  fleet: 'examples/fleet/fleet-scenario.json',
  workload: 'examples/workload/dense-70b-16k.json',
  fabric: 'examples/fabric-100k.json',
  criteria: 'examples/technology-comparison.json',
};
const ODD_VALUES = ['', '-1', '0', '1e309', 'NaN', 'abc', '99999999999', '1.5', '__proto__', ' '];

function objectives(rng: Rng): string {
  const count = rng.between(1, 3);
  return Array.from({ length: count }, () => {
    const metric = rng.pick(METRICS);
    return rng.chance(0.2) ? `${metric}:${rng.pick(['min', 'max', 'sideways', ''])}` : metric;
  }).join(rng.chance(0.9) ? ',' : ';');
}

function fileArg(rng: Rng, preferred: string): string {
  return rng.chance(0.8)
    ? preferred
    : rng.pick(['missing.json', 'folder', 'empty.json', 'binary.bin', 'd.csv', 'spec.json', '-']);
}

/** One command line and the files it reads, written into `dir`. */
export async function stage(
  rng: Rng,
  dir: string,
  seeds: readonly SeedFile[],
  specSeeds: readonly SeedFile[],
  repoRoot: string,
): Promise<Staged> {
  const command = rng.chance(0.05)
    ? rng.pick(['', 'nope', '--version', '--help', 'help'])
    : rng.pick(COMMANDS);
  const seedName = SEED_FOR[command];
  const pool = seedName && rng.chance(0.7) ? seeds.filter((s) => s.name === seedName) : seeds;
  const scenario = rng.chance(0.5)
    ? { bytes: new TextEncoder().encode(JSON.stringify(rng.pick(pool).value)), label: 'unmutated' }
    : (() => {
        const file = mutateScenario(pool, rng);
        return { bytes: file.bytes, label: file.mutations.join('; ') };
      })();
  await writeFile(path.join(dir, 's.json'), scenario.bytes);
  const spec = mutateScenario(specSeeds, rng);
  const specValue = (() => {
    try {
      const value = JSON.parse(spec.text) as Record<string, unknown>;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        value['scenario'] = rng.chance(0.8) ? 's.json' : rng.pick(['missing.json', 'folder', '']);
        return JSON.stringify(value);
      }
    } catch {
      // the mutated spec is not JSON: written as it is
    }
    return spec.text;
  })();
  await writeFile(path.join(dir, 'spec.json'), specValue);
  await writeFile(path.join(dir, 'd.csv'), generateCsv(rng).text);
  await writeFile(path.join(dir, 'empty.json'), '');
  await writeFile(path.join(dir, 'binary.bin'), new Uint8Array([0, 255, 254, 1, 0x80, 10, 13]));
  await mkdir(path.join(dir, 'folder'));
  const telemetry = await readFile(
    path.join(repoRoot, 'examples/fleet/telemetry-synthetic.csv'),
    'utf8',
  );
  const lines = telemetry.split('\n');
  const keep = rng.pick([4, 50, 400, lines.length]);
  let telemetryText = lines.slice(0, keep).join('\n');
  if (rng.chance(0.2))
    telemetryText = telemetryText.replace(/-\d\.\d+/g, () => rng.pick(ODD_VALUES));
  await writeFile(path.join(dir, 't.csv'), telemetryText);

  const args: string[] =
    command === '' ? [] : command === 'help' ? ['help', rng.pick(COMMANDS)] : [command];
  const outputs: string[] = [];
  const maybe = (p: number, ...more: string[]) => {
    if (rng.chance(p)) args.push(...more);
  };
  const scenarioFile = () => fileArg(rng, 's.json');
  switch (command) {
    case 'eval':
    case 'fabric':
    case 'workload':
      args.push(scenarioFile());
      maybe(0.5, '--json');
      break;
    case 'compare':
      args.push(scenarioFile());
      maybe(0.4, rng.pick(['--json', '--csv']));
      break;
    case 'brief': {
      args.push(scenarioFile());
      const out = rng.pick(['out.html', 'folder', 'no-folder/out.html']);
      if (rng.chance(0.9)) {
        args.push('--out', out);
        outputs.push(out);
      }
      maybe(0.2, '--criteria', rng.pick(['Scale-out 2027', 'nope', '']));
      maybe(0.2, '--date', rng.pick(['2026-12-07', 'yesterday', '2026-13-45', '']));
      break;
    }
    case 'sweep': {
      args.push(fileArg(rng, 'spec.json'));
      const out = rng.pick(['out.csv', 'out.json', 'out.txt', 'folder', 'no-folder/out.csv']);
      if (rng.chance(0.95)) {
        args.push('--out', out);
        outputs.push(out);
      }
      args.push('--workers', rng.chance(0.9) ? '1' : rng.pick(['2', '0', '-3', 'many']));
      maybe(0.2, '--shard', rng.pick(['0/2', '1/2', '2/2', '0/0', 'auto', 'x', '-1/3']));
      maybe(0.15, '--chunk', rng.pick(['1', '100', '0', 'abc']));
      maybe(0.1, '--object-path');
      maybe(0.1, '--scenario', scenarioFile());
      maybe(0.15, '--pareto', objectives(rng));
      break;
    }
    case 'merge': {
      const parts = rng.between(0, 3);
      for (let i = 0; i < parts; i++)
        args.push(rng.pick(['d.csv', 't.csv', 's.json', 'missing.csv', 'empty.json']));
      const out = rng.pick(['m.csv', 'm.json', 'folder']);
      args.push('--out', out);
      outputs.push(out);
      maybe(0.3, '--spec', 'spec.json');
      break;
    }
    case 'pareto':
      args.push(fileArg(rng, rng.chance(0.7) ? 's.json' : 'd.csv'));
      if (rng.chance(0.9)) args.push('--objectives', objectives(rng));
      maybe(0.3, rng.pick(['--json', '--csv']));
      maybe(0.2, '--all-ranks');
      break;
    case 'criteria':
      args.push(scenarioFile());
      maybe(0.3, '--name', rng.pick(['Scale-out 2027', 'nope', '__proto__']));
      maybe(0.2, '--limit', rng.pick(ODD_VALUES));
      maybe(0.4, '--json');
      break;
    case 'catalog':
      maybe(
        0.6,
        rng.pick([
          'dr8-800g',
          'coherent-800zr',
          'no-such-id',
          'constructor',
          '__proto__',
          'toString',
          '',
        ]),
      );
      maybe(0.5, '--json');
      break;
    case 'suppliers': {
      args.push(scenarioFile());
      maybe(0.4, '--json');
      maybe(0.3, '--draws', rng.pick(['1000', ...ODD_VALUES]));
      maybe(0.2, '--seed', rng.pick(['7', ...ODD_VALUES]));
      if (rng.chance(0.3)) {
        const sample = rng.pick(['acme-dr8-samples.csv', 'corvid-dr8-samples.csv']);
        await writeFile(
          path.join(dir, 'r.csv'),
          await readFile(path.join(repoRoot, 'examples/suppliers', sample)),
        );
        args.push(
          '--import',
          `${rng.pick(['acme', 'newco', '__proto__', ''])}=${rng.pick(['r.csv', 'd.csv', 'missing.csv'])}`,
        );
        if (rng.chance(0.5)) {
          args.push('--out', 'imported.json');
          outputs.push('imported.json');
        }
      }
      break;
    }
    case 'roadmap':
      args.push(scenarioFile());
      maybe(0.3, '--at', rng.pick(['2028-Q2', '2030-06', '2027-01-15', '2028-Q5', 'soon', '']));
      maybe(0.3, '--metric', rng.pick(METRICS));
      maybe(
        0.2,
        '--slip',
        rng.pick(['supb-dvt=3', 'nope=2', 'x', 'supb-dvt=-5', 'supb-dvt=1e309']),
      );
      maybe(0.4, '--json');
      break;
    case 'fleet':
      args.push(scenarioFile(), rng.pick(['t.csv', 't.csv', 'd.csv', 'missing.csv']));
      maybe(0.3, '--failures', rng.pick(['t.csv', 'd.csv', 'missing.csv']));
      maybe(0.2, '--reference');
      if (rng.chance(0.2)) {
        args.push('--write', 'calibrated.json');
        outputs.push('calibrated.json');
      }
      maybe(0.4, '--json');
      break;
    default:
      break;
  }
  if (rng.chance(0.08))
    args.splice(
      rng.between(1, args.length),
      0,
      rng.pick(['--bogus', '-x', '--json=3', '--', '--out']),
    );
  return { args, outputs };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const name = path.join(prefix, entry.name);
    found.push(name);
    if (entry.isDirectory()) found.push(...(await listFiles(path.join(dir, entry.name), name)));
  }
  return found;
}

interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

function runCli(
  repoRoot: string,
  dir: string,
  args: readonly string[],
  limit_ms: number,
): Promise<RunResult> {
  const started = performance.now();
  const preload = pathToFileURL(path.join(repoRoot, 'test/fuzz/pollution-preload.mjs')).href;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', preload, path.join(repoRoot, 'bin/lightbench.mjs'), ...args],
      {
        cwd: dir,
        env: {
          ...process.env,
          TMPDIR: path.join(dir, 'tmp'),
          LIGHTBENCH_FUZZ_POLLUTION: path.join(dir, 'tmp', '..', '.pollution'),
          NODE_OPTIONS: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit_ms);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        timedOut,
        ms: performance.now() - started,
      });
    });
  });
}

const OUTPUT_TEXT_LIMIT = 50_000_000;

export async function runCliCampaign(options: CliOptions): Promise<CampaignResult> {
  const result = new CampaignResult('cli');
  const started = performance.now();
  const bundle = path.join(options.repoRoot, 'dist/cli/lightbench.mjs');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build:cli\` first`);
  const seeds = loadSeedFiles(options.repoRoot);
  const specSeeds = ['length-1d.json', 'length-oma-grid.json', 'provenance-monte-carlo.json'].map(
    (name) => ({
      name: `examples/sweeps/${name}`,
      value: JSON.parse(
        readFileSync(path.join(options.repoRoot, 'examples/sweeps', name), 'utf8'),
      ) as unknown,
    }),
  );
  const codes = new Map<string, number>();
  let slowest = 0;
  const first = options.first ?? 0;
  for (let index = first; index < first + options.count; index++) {
    const rng = new Rng(options.seed, STREAM.cli, index);
    const dir = await mkdtemp(path.join(tmpdir(), 'lightbench-fuzz-cli-'));
    try {
      await mkdir(path.join(dir, 'tmp'));
      const staged = await stage(rng, dir, seeds, specSeeds, options.repoRoot);
      const before = new Set(await listFiles(dir));
      const label = `lightbench ${staged.args.map((a) => (/^[\w./=:,-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
      const run = await runCli(options.repoRoot, dir, staged.args, options.limit_ms);
      if (options.count === 1) result.notes.push(`ran ${label}`);
      result.inputs++;
      slowest = Math.max(slowest, run.ms);
      const code = run.timedOut ? 'timeout' : (run.signal ?? String(run.code));
      codes.set(code, (codes.get(code) ?? 0) + 1);
      const firstLine = (run.stderr.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 200);
      if (run.timedOut) result.add('hangs', index, [`no exit in ${options.limit_ms} ms`], label);
      else {
        const crash: string[] = [];
        if (run.code !== 0 && run.code !== 2) crash.push(`exit ${code}: ${firstLine}`);
        if (STACK_TRACE.test(run.stderr)) crash.push(`stack trace on stderr: ${firstLine}`);
        result.add('crashes', index, crash, label);
      }
      const pollution = path.join(dir, '.pollution');
      if (existsSync(pollution))
        result.add('pollution', index, [await readFile(pollution, 'utf8')], label);
      // NaN/Infinity in what the run printed or wrote (unless the input itself spelled it so).
      // Outputs may quote their inputs (a telemetry line, a file name): the word counts only if
      // no input file holds it.
      let input = '';
      for (const name of before) {
        const file = path.join(dir, name);
        if ((await stat(file)).isFile()) input += await readFile(file, 'latin1');
      }
      const texts: [string, string][] = [['stdout', run.stdout]];
      for (const output of staged.outputs) {
        const file = path.join(dir, output);
        if (!existsSync(file) || before.has(output)) continue;
        const info = await stat(file);
        if (info.isFile() && info.size < OUTPUT_TEXT_LIMIT)
          texts.push([output, await readFile(file, 'utf8')]);
      }
      const nonFinite = texts.flatMap(([name, text]) => {
        const word = NON_FINITE.exec(text)?.[0];
        return word !== undefined && !input.includes(word) ? [`${name} has ${word}`] : [];
      });
      result.add('nonFinite', index, nonFinite, label);
      const after = await listFiles(dir);
      const allowed = new Set([...before, '.pollution', ...(run.code === 0 ? staged.outputs : [])]);
      const left = after.filter((name) => !allowed.has(name));
      result.add(
        'filesLeft',
        index,
        left.map((name) => `left ${name} (exit ${code})`),
        label,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  result.notes.push(
    `exit codes ${[...codes]
      .sort()
      .map(([code, n]) => `${code}: ${n}`)
      .join(
        ', ',
      )}; slowest run ${(slowest / 1000).toFixed(1)} s (limit ${options.limit_ms / 1000} s)`,
  );
  result.wall_ms = performance.now() - started;
  return result;
}
