import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parseScenarioText } from '../../core/scenario/parse';
import { CampaignResult } from './results';
import { Rng, STREAM } from './rng';

/**
 * SIGKILL during an atomic save (electron/atomic-save.ts) of a large scenario, from a child
 * process: after every kill the target must be exactly the old or the new file (both complete,
 * parseable scenarios), at most the one temp file of the killed save may be left beside it, and
 * the next save (or the app's start) removes it. Kills land at a random moment between "saving"
 * and past a calibrated save time; kills that came after the save finished are counted
 * apart and do not count toward the kills asked for.
 */
export interface KillOptions {
  readonly seed: number;
  /** Kills that must land during a save. */
  readonly kills: number;
  /** Size of the scenario saved (about 12 MB for the full campaign). */
  readonly bytes: number;
  readonly limit_ms: number;
  readonly repoRoot: string;
}

/** `.<name>.<12 hex>.tmp`, the naming of electron/atomic-save.ts. */
const OUR_TEMP = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/** A valid scenario of about `bytes`: the technology comparison's designs, copied under new ids. */
export function largeScenario(source: string, bytes: number, variant: string): string {
  const scenario = JSON.parse(source) as { name: string; designs: { id: string; name: string }[] };
  const designs = scenario.designs;
  const one = JSON.stringify(designs).length / designs.length;
  const copies = Math.max(1, Math.ceil(bytes / one / designs.length));
  const all = [];
  for (let copy = 0; copy < copies; copy++)
    for (const design of designs)
      all.push({
        ...design,
        id: `${design.id}-${variant}${copy}`,
        name: `${design.name} (${variant} ${copy})`,
      });
  return `${JSON.stringify({ ...scenario, name: `${scenario.name} ${variant}`, designs: all })}\n`;
}

async function bundleChild(repoRoot: string, folder: string): Promise<string> {
  const outfile = path.join(folder, 'save-child.mjs');
  await build({
    entryPoints: [path.join(repoRoot, 'test/fuzz/save-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

interface ChildRun {
  readonly messages: string[];
  /** Killed by us before it said "saved". */
  readonly killed: boolean;
  /** Killed by us after it said "saved" (the save had finished). */
  readonly killedLate: boolean;
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly save_ms: number;
}

function runChild(
  child: string,
  args: readonly string[],
  killAfter_ms: number | null,
  limit_ms: number,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const messages: string[] = [];
    const proc = fork(child, [...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // Not the parent's loader flags (tsx, vitest): the child is plain bundled JS.
      execArgv: [],
    });
    let killed = false;
    let timedOut = false;
    let savingAt = 0;
    let save_ms = 0;
    const limit = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, limit_ms);
    proc.on('message', (message) => {
      messages.push(String(message));
      if (message === 'saving') {
        savingAt = performance.now();
        if (killAfter_ms !== null)
          setTimeout(() => {
            killed = proc.kill('SIGKILL');
          }, killAfter_ms);
      }
      if (message === 'saved') save_ms = performance.now() - savingAt;
    });
    proc.on('exit', (code) => {
      clearTimeout(limit);
      const saved = messages.includes('saved');
      resolve({
        messages,
        killed: killed && !saved,
        killedLate: killed && saved,
        code,
        timedOut,
        save_ms,
      });
    });
  });
}

export async function runKillCampaign(options: KillOptions): Promise<CampaignResult> {
  const result = new CampaignResult('kill-save');
  const started = performance.now();
  const root = await mkdtemp(path.join(tmpdir(), 'lightbench-fuzz-kill-'));
  try {
    const child = await bundleChild(options.repoRoot, root);
    const documents = path.join(root, 'documents');
    const stores = path.join(root, 'userData');
    await mkdir(documents);
    await mkdir(stores);
    const source = await readFile(
      path.join(options.repoRoot, 'examples/technology-comparison.json'),
      'utf8',
    );
    const versions = [
      largeScenario(source, options.bytes, 'old'),
      largeScenario(source, options.bytes * 1.05, 'new'),
    ];
    for (const text of versions) {
      const parsed = parseScenarioText(text);
      if (!parsed.ok)
        throw new Error(
          `kill campaign: the large scenario does not validate: ${parsed.issues[0]?.message}`,
        );
    }
    const sources = await Promise.all(
      versions.map(async (text, i) => {
        const file = path.join(root, `version-${i}.json`);
        await writeFile(file, text);
        return file;
      }),
    );
    const targets = [path.join(documents, 'scenario.json'), path.join(stores, 'autosave.json')];
    const current = new Map<string, number>();
    for (const target of targets) {
      await writeFile(target, versions[0] as string);
      current.set(target, 0);
    }
    // Calibrate: how long one save of this size takes here, now.
    const calibration: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runChild(
        child,
        ['save', path.join(root, 'calibration.json'), sources[0] as string],
        null,
        options.limit_ms,
      );
      calibration.push(run.save_ms);
    }
    await rm(path.join(root, 'calibration.json'), { force: true });
    const save_ms = calibration.sort((a, b) => a - b)[1] ?? 50;

    let landed = 0;
    let late = 0;
    let starts = 0;
    const maxIterations = options.kills * 6 + 10;
    for (let index = 0; landed < options.kills && index < maxIterations; index++) {
      const rng = new Rng(options.seed, STREAM.kill, index);
      const target = rng.chance(0.75) ? (targets[0] as string) : (targets[1] as string);
      const folder = path.dirname(target);
      const label = `${index}: ${path.basename(target)}`;
      if (rng.chance(0.15)) {
        // The app starting after a crash: stale temp files go, nothing else.
        const run = await runChild(
          child,
          ['start', stores, targets[0] as string],
          null,
          options.limit_ms,
        );
        starts++;
        result.inputs++;
        if (run.timedOut) result.add('hangs', index, ['start cleanup did not finish'], label);
        for (const dir of [documents, stores]) {
          const left = (await readdir(dir)).filter((name) => OUR_TEMP.test(name));
          result.add(
            'filesLeft',
            index,
            left.map((name) => `after start: ${name}`),
            label,
          );
        }
        continue;
      }
      const old = current.get(target) ?? 0;
      const next = 1 - old;
      // Mostly inside the save; one in five near or past its end (a kill that comes too late).
      const delay = rng.chance(0.8)
        ? rng.next() * save_ms * 0.7
        : save_ms * (0.7 + rng.next() * 0.8);
      const run = await runChild(
        child,
        ['save', target, sources[next] as string],
        delay,
        options.limit_ms,
      );
      result.inputs++;
      if (run.timedOut) {
        result.add('hangs', index, [`no "saving" in ${options.limit_ms} ms`], label);
        continue;
      }
      if (run.killed) landed++;
      else if (run.code === 0 || run.killedLate) late++;
      else result.add('crashes', index, [`child exited ${run.code} before the kill`], label);
      const text = await readFile(target, 'utf8');
      const matches = versions.indexOf(text);
      if (matches === -1)
        result.add(
          'other',
          index,
          [
            `${path.basename(target)} is neither the old nor the new file (${text.length} characters)`,
          ],
          label,
        );
      else current.set(target, matches);
      if (!run.killed && matches !== next)
        result.add('other', index, ['a save that finished left the old file'], label);
      const names = await readdir(folder);
      const ours = names.filter((name) => OUR_TEMP.test(name));
      const strangers = names.filter(
        (name) =>
          !OUR_TEMP.test(name) &&
          name !== path.basename(target) &&
          !targets.includes(path.join(folder, name)),
      );
      const problems = [
        ...(ours.length > (run.killed ? 1 : 0)
          ? [`${ours.length} temp files of ours beside ${path.basename(target)}`]
          : []),
        ...strangers.map((name) => `unexpected ${name}`),
      ];
      result.add('filesLeft', index, problems, label);
    }
    // One last save of each target, uninterrupted, then nothing of ours may be left.
    for (const target of targets) {
      const old = current.get(target) ?? 0;
      await runChild(child, ['save', target, sources[1 - old] as string], null, options.limit_ms);
      if ((await readFile(target, 'utf8')) !== versions[1 - old])
        result.add(
          'other',
          -1,
          ['the last, uninterrupted save did not write the new file'],
          target,
        );
    }
    const left = [...(await readdir(documents)), ...(await readdir(stores))].filter((name) =>
      OUR_TEMP.test(name),
    );
    result.add(
      'filesLeft',
      -1,
      left.map((name) => `after the last saves: ${name}`),
      '(end)',
    );
    result.notes.push(
      `${landed} kills during a save of ${((versions[0] ?? '').length / 1e6).toFixed(1)} MB (save ≈ ${save_ms.toFixed(0)} ms), ${late} kills after it finished, ${starts} app starts`,
    );
    if (landed < options.kills)
      result.add(
        'other',
        -1,
        [`only ${landed} of ${options.kills} kills landed during a save`],
        '(campaign)',
      );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  result.wall_ms = performance.now() - started;
  return result;
}
