import Papa from 'papaparse';
import { STEP_PART_NAMES } from '../../../../core';
import type { WorkloadRun } from '../../../../core';

/** The options side by side: what a TPM reads first, with the best per row marked. */
export interface SummaryLine {
  readonly id: string;
  readonly label: string;
  readonly value: (run: WorkloadRun) => number;
  readonly format: (value: number) => string;
  /** Lower is better, higher is better, or not ranked. */
  readonly better?: 'lower' | 'higher';
}

const fixed = (decimals: number) => (value: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : '—';

export const SUMMARY_LINES: readonly SummaryLine[] = [
  {
    id: 'step_ms',
    label: 'Step time (ms)',
    value: (r) => r.step.step_s * 1000,
    format: fixed(0),
    better: 'lower',
  },
  {
    id: 'wall_step_ms',
    label: 'with checkpoints and failures (ms)',
    value: (r) => r.parts.wall_step_s * 1000,
    format: fixed(0),
    better: 'lower',
  },
  {
    id: 'exposed_comm_pct',
    label: 'Exposed communication (%)',
    value: (r) => r.step.exposed_comm_share * 100,
    format: fixed(1),
    better: 'lower',
  },
  {
    id: 'tokens_per_s_M',
    label: 'Tokens / s (millions)',
    value: (r) => r.step.tokens_per_s / 1e6,
    format: fixed(2),
    better: 'higher',
  },
  {
    id: 'interruptions_per_day',
    label: 'Job interruptions / day',
    value: (r) => r.reliability.interruptions_per_day,
    format: fixed(1),
    better: 'lower',
  },
  {
    id: 'lost_pct',
    label: 'Time lost to checkpoint/restart (%)',
    value: (r) => r.reliability.lost_fraction * 100,
    format: fixed(2),
    better: 'lower',
  },
  {
    id: 'days_to_train',
    label: 'Days to train',
    value: (r) => r.days_to_train,
    format: fixed(2),
    better: 'lower',
  },
  {
    id: 'energy_MWh',
    label: 'Energy (MWh)',
    value: (r) => r.energy_MWh,
    format: fixed(0),
    better: 'lower',
  },
  {
    id: 'interconnect_MWh',
    label: 'of which interconnect (MWh)',
    value: (r) => r.interconnect_energy_MWh,
    format: fixed(0),
    better: 'lower',
  },
  {
    id: 'cost_usd_M',
    label: 'Cost per run ($M)',
    value: (r) => r.cost_usd / 1e6,
    format: fixed(2),
    better: 'lower',
  },
];

/** One row per option: the summary, the step parts (ms) and the network's α and β. */
export function workloadCsv(runs: readonly WorkloadRun[]): string {
  const rows = runs.map((run) => ({
    option_id: run.fabric_id,
    option: run.fabric_name,
    ...Object.fromEntries(SUMMARY_LINES.map((line) => [line.id, line.value(run)])),
    ...Object.fromEntries(
      STEP_PART_NAMES.map(([key]) => [`${key.replace(/_s$/, '')}_ms`, run.parts[key] * 1000]),
    ),
    scale_out_alpha_us: run.network.scale_out.alpha_s * 1e6,
    scale_out_GBps: run.network.scale_out.bandwidth_Bps / 1e9,
    scale_up_alpha_us: run.network.scale_up.alpha_s * 1e6,
    scale_up_GBps: run.network.scale_up.bandwidth_Bps / 1e9,
    steps: run.steps,
    energy_usd: run.energy_usd,
    accelerator_usd: run.accelerator_usd,
    network_usd: run.network_usd,
  }));
  return Papa.unparse(rows);
}

export const BANDWIDTH_FACTORS = [0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4] as const;
export const LATENCY_FACTORS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;
