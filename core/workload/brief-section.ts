import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';
import { escapeXml as h, PALETTE, stackedBarChart } from '../brief/svg-charts';
import { evaluateWorkload, type WorkloadRun } from './run';

/** The stacked step parts, in the order the view and the brief draw them. */
export const STEP_PART_NAMES = [
  ['compute_s', 'Compute'],
  ['bubble_s', 'Pipeline bubble'],
  ['tensor_s', 'Tensor-parallel (exposed)'],
  ['data_s', 'Data-parallel (exposed)'],
  ['pipeline_s', 'Pipeline p2p (exposed)'],
  ['expert_s', 'Expert all-to-all (exposed)'],
  ['checkpoint_s', 'Checkpoints'],
  ['failures_s', 'Lost to failures'],
] as const;

const fixed = (value: number, decimals: number) =>
  Number.isFinite(value) ? value.toFixed(decimals) : '—';

function table(runs: readonly WorkloadRun[]): string {
  const rows: readonly [string, (run: WorkloadRun) => string][] = [
    ['Step time (ms)', (r) => fixed(r.step.step_s * 1000, 0)],
    ['Exposed communication (%)', (r) => fixed(r.step.exposed_comm_share * 100, 1)],
    ['Tokens/s (millions)', (r) => fixed(r.step.tokens_per_s / 1e6, 2)],
    ['Interruptions a day', (r) => fixed(r.reliability.interruptions_per_day, 1)],
    ['Time lost to checkpoint/restart (%)', (r) => fixed(r.reliability.lost_fraction * 100, 1)],
    ['Days to train', (r) => fixed(r.days_to_train, 2)],
    ['Energy (MWh)', (r) => fixed(r.energy_MWh, 0)],
    ['Interconnect energy (MWh)', (r) => fixed(r.interconnect_energy_MWh, 0)],
    ['Cost per run (USD M)', (r) => fixed(r.cost_usd / 1e6, 2)],
  ];
  const head = runs.map((r) => `<th scope="col">${h(r.fabric_name)}</th>`).join('');
  const body = rows
    .map(
      ([label, pick]) =>
        `<tr><th scope="row">${h(label)}</th>${runs.map((r) => `<td>${h(pick(r))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="wide"><table class="numbers"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The job's inputs with their sources or "estimate" labels, as the scenario states them. */
function sourcesHtml(sources: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(sources ?? {});
  if (entries.length === 0) return '';
  const items = entries
    .map(([field, source]) => `<li><code>${h(field)}</code> — ${h(source)}</li>`)
    .join('');
  return `<details><summary>Job inputs and their sources</summary><ul>${items}</ul></details>`;
}

/**
 * The brief's "Impact on training": the scenario's job on each fabric option — step time split
 * into compute, exposed collectives, checkpoints and failures, days, MWh and dollars per run —
 * with the fastest and cheapest named. Empty without a workload, fabrics or a runnable option.
 */
export function workloadBriefSection(context: BriefContext): BriefSection {
  const { scenario } = context;
  const job = scenario.workload;
  if (!job || !scenario.fabrics || scenario.fabrics.length === 0) return EMPTY_BRIEF_SECTION;
  const outcomes = evaluateWorkload(job, scenario);
  const runs = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.run] : []));
  if (runs.length === 0) return EMPTY_BRIEF_SECTION;
  const failed = outcomes.flatMap((outcome) =>
    outcome.ok ? [] : [`${outcome.fabric_name}: ${outcome.issues.join('; ')}`],
  );
  const fastest = runs.reduce((a, b) => (b.days_to_train < a.days_to_train ? b : a));
  const cheapest = runs.reduce((a, b) => (b.cost_usd < a.cost_usd ? b : a));
  const slowest = runs.reduce((a, b) => (b.days_to_train > a.days_to_train ? b : a));
  const chart = stackedBarChart(
    'Wall-clock time per training step',
    'ms',
    runs.map((run) => ({
      label: run.fabric_name,
      segments: STEP_PART_NAMES.map(([key, name], index) => ({
        name,
        value: run.parts[key] * 1000,
        colour: PALETTE[index % PALETTE.length] ?? '#475569',
      })),
    })),
  );
  const first = runs[0];
  const layout = `DP ${job.parallelism.data} × TP ${job.parallelism.tensor} × PP ${job.parallelism.pipeline}${job.parallelism.expert > 1 ? ` (EP ${job.parallelism.expert})` : ''}`;
  const html = [
    `<section id="workload"><h2>Impact on training</h2>`,
    `<p class="answer">${h(job.name)} (${job.accelerators.toLocaleString('en-US')} accelerators, ${h(layout)}, ${first ? first.steps.toLocaleString('en-US') : 0} steps): <strong>${h(fastest.fabric_name)}</strong> trains fastest, in ${fixed(fastest.days_to_train, 2)} days (${fixed(slowest.days_to_train - fastest.days_to_train, 2)} days sooner than ${h(slowest.fabric_name)}); <strong>${h(cheapest.fabric_name)}</strong> costs least, ${fixed(cheapest.cost_usd / 1e6, 2)} M USD a run.</p>`,
    table(runs),
    `<figure>${chart}</figure>`,
    `<p class="muted">Collectives by the α–β model (ring, tree, hierarchical; α from the latency model and switch hops, β from the ports and oversubscription), overlap shares from the job, interruptions from the fabric's failure rates with Young–Daly checkpoints. Each input's source is in the scenario's workload.sources.</p>`,
    sourcesHtml(job.sources),
    failed.length > 0 ? `<p class="fail">Not run: ${failed.map(h).join(' · ')}</p>` : '',
    `</section>`,
  ].join('');
  return {
    html,
    methods: [
      'collective-alpha-beta',
      'workload-network',
      'workload-step',
      'workload-run',
      'latency',
    ],
    references: [
      'NCCL_TESTS_PERF',
      'THAKUR_2005',
      'NARAYANAN_2021',
      'KAPLAN_2020',
      'YOUNG_1974',
      ...(job.model.moe_layers ? ['LEPIKHIN_2020', 'DEEPSEEK_V3_2024'] : ['LLAMA3_2024']),
    ],
  };
}
