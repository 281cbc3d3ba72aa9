import type { Command } from 'commander';
import { evaluateWorkload, type Scenario, type Workload, type WorkloadRun } from '../../index';
import { formatNumber, formatTable } from '../format-table';
import type { CliIo } from '../io';
import { CliInputError, readScenarioFile } from '../read-scenario';

/**
 * `lightbench workload`: the scenario's training job on every fabric option side by side — step
 * time and its parts, exposed communication, tokens/s, interruptions, days to train, MWh (and the
 * interconnect's share) and dollars per run — then each option's collectives. A scenario without a
 * workload or fabrics, or a job no option can run, is bad input (exit 2).
 */
function runs(scenario: Scenario): { job: Workload; runs: readonly WorkloadRun[] } {
  const job = scenario.workload;
  if (!job)
    throw new CliInputError(
      `${scenario.name} has no workload: add a "workload" section (see examples/workload/dense-70b-16k.json)`,
    );
  if (!scenario.fabrics || scenario.fabrics.length === 0)
    throw new CliInputError(
      `${scenario.name} has no fabrics to run the job on: add a "fabrics" list (see examples/workload/dense-70b-16k.json)`,
    );
  const outcomes = evaluateWorkload(job, scenario);
  if (outcomes.length === 0)
    throw new CliInputError(
      `workload.fabric_ids names no fabric option of ${scenario.name} (ids: ${scenario.fabrics.map((f) => f.id).join(', ')})`,
    );
  const issues = outcomes.flatMap((outcome) =>
    outcome.ok ? [] : outcome.issues.map((issue) => `  ${outcome.fabric_id}: ${issue}`),
  );
  if (issues.length > 0)
    throw new CliInputError(`the job cannot be run on every fabric option:\n${issues.join('\n')}`);
  return { job, runs: outcomes.flatMap((outcome) => (outcome.ok ? [outcome.run] : [])) };
}

const ms = (s: number) => formatNumber(s * 1000, 1);
const ROWS: readonly (readonly [string, (run: WorkloadRun) => string])[] = [
  ['step time (ms)', (r) => ms(r.step.step_s)],
  ['  compute', (r) => ms(r.parts.compute_s)],
  ['  pipeline bubble', (r) => ms(r.parts.bubble_s)],
  ['  tensor-parallel (exposed)', (r) => ms(r.parts.tensor_s)],
  ['  data-parallel (exposed)', (r) => ms(r.parts.data_s)],
  ['  pipeline p2p (exposed)', (r) => ms(r.parts.pipeline_s)],
  ['  expert all-to-all (exposed)', (r) => ms(r.parts.expert_s)],
  ['wall step with checkpoints, failures (ms)', (r) => ms(r.parts.wall_step_s)],
  ['exposed communication (%)', (r) => formatNumber(r.step.exposed_comm_share * 100, 1)],
  ['tokens/s (millions)', (r) => formatNumber(r.step.tokens_per_s / 1e6, 2)],
  ['scale-out α (µs)', (r) => formatNumber(r.network.scale_out.alpha_s * 1e6, 2)],
  [
    'scale-out β⁻¹ (GB/s per accelerator)',
    (r) => formatNumber(r.network.scale_out.bandwidth_Bps / 1e9, 1),
  ],
  ['interruptions/day', (r) => formatNumber(r.reliability.interruptions_per_day, 2)],
  ['checkpoint interval (s)', (r) => formatNumber(r.reliability.checkpoint_interval_s, 0)],
  [
    'time lost to checkpoint/restart (%)',
    (r) => formatNumber(r.reliability.lost_fraction * 100, 2),
  ],
  ['days to train', (r) => formatNumber(r.days_to_train, 2)],
  ['energy (MWh)', (r) => formatNumber(r.energy_MWh, 0)],
  ['  interconnect (MWh)', (r) => formatNumber(r.interconnect_energy_MWh, 0)],
  ['cost per run (USD M)', (r) => formatNumber(r.cost_usd / 1e6, 2)],
  ['  accelerator-hours', (r) => formatNumber(r.accelerator_usd / 1e6, 2)],
  ['  energy', (r) => formatNumber(r.energy_usd / 1e6, 2)],
  ['  network capex share', (r) => formatNumber(r.network_usd / 1e6, 2)],
];

function collectiveTable(run: WorkloadRun): string {
  const rows = run.step.collectives.map((c) => [
    c.label,
    c.algorithm,
    c.network,
    String(c.ranks),
    formatNumber(c.bytes / 1e6, 1),
    formatNumber(c.calls_per_step, 0),
    formatNumber(c.time_per_call_s * 1e3, 3),
    c.bus_bandwidth_GBps === null ? '—' : formatNumber(c.bus_bandwidth_GBps, 1),
    formatNumber(c.overlap * 100, 0),
    ms(c.exposed_s),
  ]);
  return formatTable(
    [
      'collective',
      'algorithm',
      'network',
      'ranks',
      'MB',
      'calls/step',
      'ms/call',
      'busbw GB/s',
      'overlap %',
      'exposed ms',
    ],
    rows,
  );
}

export function workloadTable(scenario: Scenario): string {
  const { job, runs: results } = runs(scenario);
  const first = results[0];
  const header = [
    `${scenario.name}`,
    `${job.name}: ${job.accelerators.toLocaleString('en-US')} accelerators, DP ${job.parallelism.data} × TP ${job.parallelism.tensor} × PP ${job.parallelism.pipeline} (EP ${job.parallelism.expert}), ${first ? first.steps.toLocaleString('en-US') : 0} steps of ${(first?.step.tokens_per_step ?? 0).toLocaleString('en-US')} tokens`,
  ].join('\n');
  const table = formatTable(
    ['', ...results.map((r) => r.fabric_id)],
    ROWS.map(([label, pick]) => [label, ...results.map(pick)]),
  );
  const details = results.map((r) => `${r.fabric_name}\n${collectiveTable(r)}`).join('\n\n');
  return `${header}\n\n${table}\n\n${details}`;
}

/** JSON has no Infinity or NaN: write them as null. */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

export function workloadJson(scenario: Scenario): string {
  const { job, runs: results } = runs(scenario);
  return JSON.stringify(
    { scenario: scenario.name, assumptions: scenario.assumptions, workload: job, runs: results },
    jsonNumbers,
    2,
  );
}

export function registerWorkloadCommand(program: Command, io: CliIo): void {
  program
    .command('workload')
    .description(
      'the training job on every fabric option: step time (compute, bubble, exposed collectives), tokens/s, interruptions, days to train, MWh and $ per run',
    )
    .argument('<file>', 'scenario file (JSON) with a "workload" section and a "fabrics" list')
    .option(
      '--json',
      'print JSON: per option the network α/β, collectives, step parts, reliability, time, energy and cost',
    )
    .action((file: string, options: { json?: boolean }) => {
      const scenario = readScenarioFile(file, io.err);
      io.out(`${options.json ? workloadJson(scenario) : workloadTable(scenario)}\n`);
    });
}
