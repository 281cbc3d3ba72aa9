// `npm run test:slurm`: the README's Slurm job array, run on a real one-node Slurm on this machine.
// Installs Debian's slurm-wlm and munge when missing, writes a slurm.conf for localhost into a
// temporary folder (proctrack/linuxproc, task/none, no cgroups), starts munged, slurmctld and slurmd,
// submits a 1 000 000-point sweep in 8 shards with `sbatch --wait` (each shard `--shard auto`),
// merges the parts and checks the merged file, its row count and its Pareto front against one
// process running the same spec. The daemons it started are stopped by their PIDs whatever happens.
// If Slurm cannot start here, the exact error is printed and the test is reported SKIPPED (exit 0
// with the reason), never as passed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/lightbench.mjs');
const SPEC = join(ROOT, 'examples/sweeps/grid-1m.json');
const SHARDS = 8;
const OBJECTIVES = 'energy_pJ_per_bit,cost_usd_per_gbps,max_reach_m';
const started = [];

class Skip extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  return result;
}

function must(command, args, options = {}) {
  const result = run(command, args, options);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`,
    );
  return result.stdout;
}

const have = (tool) => run('sh', ['-c', `command -v ${tool}`]).status === 0;

function ensureInstalled() {
  const tools = ['sbatch', 'slurmctld', 'slurmd', 'munged'];
  if (tools.every(have)) return;
  console.log('test:slurm: installing slurm-wlm and munge (apt-get)');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = run(
    asRoot[0] ?? 'apt-get',
    [
      ...asRoot.slice(1),
      ...(asRoot.length ? ['apt-get'] : []),
      'install',
      '-y',
      '--no-install-recommends',
      'slurm-wlm',
      'munge',
    ],
    { env },
  );
  if (install.status !== 0 || !tools.every(have))
    throw new Skip(
      `could not install slurm-wlm/munge: ${(install.stderr || install.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    );
}

/** Starts a daemon in the foreground as our child, so its PID is ours to stop. */
function daemon(name, command, args, env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const entry = { name, child, output: () => output };
  started.push(entry);
  return entry;
}

async function until(what, test, seconds, diagnostics) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Skip(`${what} did not happen within ${seconds} s:\n${diagnostics()}`);
}

function stopAll() {
  for (const { name, child } of started.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(child.pid, 'SIGTERM');
      console.log(`test:slurm: stopped ${name} (pid ${child.pid})`);
    } catch (error) {
      console.log(`test:slurm: could not stop ${name} (pid ${child.pid}): ${error.message}`);
    }
  }
}

async function main() {
  ensureInstalled();
  if (!existsSync(join(ROOT, 'dist/cli/lightbench.mjs')))
    must('npm', ['run', 'build:cli'], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'lightbench-slurm-'));
  chmodSync(dir, 0o755);
  const host = hostname();
  const nodeLine = must('slurmd', ['-C'])
    .split('\n')[0]
    .replace(/^NodeName=\S+/, `NodeName=${host}`);
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=lightbench',
      `SlurmctldHost=${host}(127.0.0.1)`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'SlurmctldPort=46817',
      'SlurmdPort=46818',
      'AuthType=auth/munge',
      `StateSaveLocation=${dir}/state`,
      `SlurmdSpoolDir=${dir}/spool`,
      `SlurmctldPidFile=${dir}/slurmctld.pid`,
      `SlurmdPidFile=${dir}/slurmd.pid`,
      `SlurmctldLogFile=${dir}/slurmctld.log`,
      `SlurmdLogFile=${dir}/slurmd.log`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'SchedulerType=sched/backfill',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core',
      'ReturnToService=2',
      'MpiDefault=none',
      `${nodeLine} NodeAddr=127.0.0.1 State=UNKNOWN`,
      `PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const socket = join(dir, 'munge.socket');
  const munge = daemon(
    'munged',
    'munged',
    [
      '--foreground',
      '--force',
      `--socket=${socket}`,
      `--pid-file=${dir}/munged.pid`,
      `--log-file=${dir}/munged.log`,
      `--seed-file=${dir}/munged.seed`,
    ],
    env,
  );
  await until(
    'munged listening',
    () => existsSync(socket),
    20,
    () => munge.output(),
  );
  // Slurm's munge plugin finds the socket from the config's AuthInfo.
  writeFileSync(
    conf,
    readFileSync(conf, 'utf8').replace(
      'AuthType=auth/munge',
      `AuthType=auth/munge\nAuthInfo=socket=${socket}`,
    ),
  );
  const ctld = daemon('slurmctld', 'slurmctld', ['-D', '-i', '-f', conf], env);
  const slurmd = daemon('slurmd', 'slurmd', ['-D', '-f', conf], env);
  const idle = () => {
    const r = run('sinfo', ['-h', '-o', '%t'], { env });
    return r.status === 0 && /idle|mix/.test(r.stdout);
  };
  const logs = () =>
    ['slurmctld', 'slurmd']
      .map(
        (n) =>
          `--- ${n}:\n${
            existsSync(join(dir, `${n}.log`))
              ? readFileSync(join(dir, `${n}.log`), 'utf8')
                  .split('\n')
                  .slice(-8)
                  .join('\n')
              : ''
          }`,
      )
      .join('\n') + `\n--- output:\n${ctld.output()}${slurmd.output()}`;
  await until('the node going idle (sinfo)', idle, 60, logs);

  const script = join(dir, 'sweep.sbatch');
  writeFileSync(
    script,
    [
      '#!/bin/bash',
      '#SBATCH --job-name=lightbench-sweep',
      `#SBATCH --array=0-${SHARDS - 1}`,
      '#SBATCH --cpus-per-task=1',
      `#SBATCH --output=${dir}/task-%a.log`,
      `cd ${dir}`,
      `${process.execPath} ${CLI} sweep ${SPEC} --workers "$SLURM_CPUS_PER_TASK" \\`,
      '  --shard auto --out "part-$SLURM_ARRAY_TASK_ID.csv"',
      '',
    ].join('\n'),
  );
  const t0 = Date.now();
  const submitted = run('sbatch', ['--wait', script], { env, cwd: dir });
  if (submitted.status !== 0) {
    const tasks = Array.from({ length: SHARDS }, (_, i) => join(dir, `task-${i}.log`)).filter(
      existsSync,
    );
    throw new Error(
      `sbatch --wait exited ${submitted.status}: ${submitted.stderr}\n${tasks.map((t) => readFileSync(t, 'utf8')).join('\n')}`,
    );
  }
  console.log(
    `test:slurm: ${SHARDS} array tasks done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${submitted.stdout.trim()})`,
  );
  const parts = Array.from({ length: SHARDS }, (_, i) => join(dir, `part-${i}.csv`));
  must(process.execPath, [
    CLI,
    'merge',
    ...parts,
    '--out',
    join(dir, 'merged.csv'),
    '--spec',
    SPEC,
  ]);
  must(process.execPath, [CLI, 'sweep', SPEC, '--workers', '1', '--out', join(dir, 'single.csv')]);
  const merged = readFileSync(join(dir, 'merged.csv'), 'utf8');
  const single = readFileSync(join(dir, 'single.csv'), 'utf8');
  const rows = (text) => text.split('\n').filter((l) => l.length > 0).length - 1;
  const front = (file) =>
    must(process.execPath, [CLI, 'pareto', file, '--objectives', OBJECTIVES, '--json']);
  const failures = [];
  if (rows(merged) !== rows(single))
    failures.push(`row count: merged ${rows(merged)}, single ${rows(single)}`);
  if (merged !== single) failures.push('merged CSV differs from the single-process CSV');
  // The report names its input file; everything else must be identical.
  const frontOf = (file) => ({ ...JSON.parse(front(file)), file: null });
  const mergedFront = frontOf(join(dir, 'merged.csv'));
  const singleFront = frontOf(join(dir, 'single.csv'));
  if (JSON.stringify(mergedFront) !== JSON.stringify(singleFront))
    failures.push('Pareto fronts differ');
  if (!(mergedFront.front_size > 0)) failures.push('empty Pareto front');
  console.log(
    `test:slurm: merged ${rows(merged)} rows; Pareto front ${mergedFront.front_size} rows, identical`,
  );
  if (failures.length > 0) throw new Error(`test:slurm FAILED: ${failures.join('; ')}`);
  console.log(
    'test:slurm: PASSED — merged rows and Pareto front equal the single-process run exactly',
  );
  rmSync(dir, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  if (error instanceof Skip) {
    console.log(`test:slurm: SKIPPED — Slurm could not start here: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
} finally {
  stopAll();
}
