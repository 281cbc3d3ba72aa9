import { DEFAULT_ASSUMPTIONS } from '../scenario/defaults';
import { defaultTier } from '../fabric/defaults';
import { ACCELERATOR_POWER_W, CHECKPOINT_COST_S, RESTART_S } from '../fabric/constants';
import { evaluateFabric, fabricContext } from '../fabric/evaluate-fabric';
import type { Fabric } from '../fabric/schema';
import { countInterval } from './fit';
import type { FailureCause } from './failures';
import {
  DEFAULT_FIT_CONFIDENCE,
  LLAMA3_DAYS,
  LLAMA3_GPUS,
  LLAMA3_PLANNED_INTERRUPTIONS,
  LLAMA3_PORT_SPEED_GBPS,
  LLAMA3_TABLE5,
} from './constants';

/**
 * @method llama3-reference The Llama 3 405B interruption record against the model
 * Meta's 54-day, 16,384-GPU pre-training run (Table 5 of "The Llama 3 Herd of Models") is the
 * published fleet record Lightbench ships in its failure-log format. The model's default
 * prediction for that cluster (400 Gb/s per GPU, one port each, three switch tiers, the catalog's
 * module, cable and switch FITs, every network failure interrupting the job) is
 * $$ \hat N_{\mathrm{net}} = f_{\mathrm{day}} \cdot 54, \qquad \hat N_{\mathrm{other}} = r_{\mathrm{acc}} \cdot 16\,384 \cdot 54 $$
 * and is set beside the record per cause with the record's exact Poisson (χ²) interval. Where the
 * prediction falls outside the interval the view and the CLI say so. The non-network rate
 * r_acc is itself derived from this record, so that row agrees by construction. The network row
 * does not: with the catalog's module, cable and switch FITs the model predicts about 15 network
 * interruptions in 54 days against the 35 observed (90 % interval 26–46), so the defaults
 * under-predict network failures about twofold; a fleet FIT (Fleet view) or switch FIT override
 * corrects it.
 * @assumes Table 5 categories mapped to causes: Network Switch/Cable → network; NIC, GPU, memory, host, power → host; software, NCCL, dependency → software.
 * @ref META_LLAMA3_HERD
 */
const CATEGORY_CAUSE: Readonly<Record<string, FailureCause>> = {
  'Network Switch/Cable': 'network',
  'Software Bug': 'software',
  'NCCL Watchdog Timeouts': 'software',
  Dependency: 'software',
};

export function llama3Cause(category: string): FailureCause {
  return CATEGORY_CAUSE[category] ?? 'host';
}

const START_DATE = '2024-01-01';

/** The record as a failure log (per-event dates are not published: one row per category). */
export function llama3FailureLog(): string {
  const deviceHours = LLAMA3_GPUS.value * LLAMA3_DAYS.value * 24;
  const lines = [
    '# Llama 3 405B pre-training, 54 days on 16,384 H100 GPUs: job interruptions by root cause.',
    '# Source: Llama Team, AI @ Meta, "The Llama 3 Herd of Models", arXiv:2407.21783 (2024), Table 5.',
    '# Per-event dates are not published: each row counts one category over the whole window; the',
    '# date is a placeholder for the window start. Exposure: GPU-hours (16,384 × 54 × 24).',
    `# device_hours: ${deviceHours}`,
    'id,date,cause,count,detail',
    ...LLAMA3_TABLE5.map(
      ([category, count]) =>
        `llama3-405b,${START_DATE},${llama3Cause(category)},${count},${category}`,
    ),
    `llama3-405b,${START_DATE},planned,${LLAMA3_PLANNED_INTERRUPTIONS},Planned (maintenance and configuration)`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Meta's cluster in the fabric model's terms: every tier picks the cheapest design that closes. */
export function llama3Fabric(): Fabric {
  const technology = { mode: 'auto', objective: 'cost' } as const;
  return {
    id: 'llama3-405b',
    name: 'Llama 3 405B cluster (16,384 GPUs, 400G RoCE, 3-tier Clos)',
    accelerators: LLAMA3_GPUS.value,
    accelerator_power_W: ACCELERATOR_POWER_W.value,
    ports_per_accelerator: 1,
    port_speed_gbps: LLAMA3_PORT_SPEED_GBPS.value,
    switch_bandwidth_tbps: 25.6,
    oversubscription: 1,
    rail_optimized: false,
    tiers: [0, 1, 2].map((index) => defaultTier(index, 3, technology)),
    checkpoint: { cost_s: CHECKPOINT_COST_S.value, restart_s: RESTART_S.value },
  };
}

export interface CauseComparison {
  readonly cause: 'network' | 'other';
  readonly observed: number;
  readonly interval: readonly [number, number];
  readonly predicted: number | null;
  /** The prediction lies outside the record's interval. */
  readonly disagrees: boolean;
}

export interface Llama3Comparison {
  readonly days: number;
  readonly gpus: number;
  readonly unexpected: number;
  readonly confidence: number;
  readonly rows: readonly CauseComparison[];
  readonly issues: readonly string[];
}

export function compareLlama3(confidence = DEFAULT_FIT_CONFIDENCE): Llama3Comparison {
  const network = LLAMA3_TABLE5.filter(([category]) => llama3Cause(category) === 'network').reduce(
    (sum, [, count]) => sum + count,
    0,
  );
  const unexpected = LLAMA3_TABLE5.reduce((sum, [, count]) => sum + count, 0);
  const evaluation = evaluateFabric(
    llama3Fabric(),
    fabricContext({ designs: [], assumptions: DEFAULT_ASSUMPTIONS }),
  );
  const days = LLAMA3_DAYS.value;
  const predictedNetwork = evaluation.ok
    ? evaluation.totals.network_interruptions_per_day * days
    : null;
  const predictedOther = evaluation.ok
    ? evaluation.totals.other_interruptions_per_day * days
    : null;
  const row = (
    cause: 'network' | 'other',
    observed: number,
    predicted: number | null,
  ): CauseComparison => {
    const interval = countInterval(observed, confidence);
    return {
      cause,
      observed,
      interval,
      predicted,
      disagrees: predicted !== null && (predicted < interval[0] || predicted > interval[1]),
    };
  };
  return {
    days,
    gpus: LLAMA3_GPUS.value,
    unexpected,
    confidence,
    rows: [
      row('network', network, predictedNetwork),
      row('other', unexpected - network, predictedOther),
    ],
    issues: evaluation.ok
      ? []
      : evaluation.issues.map((issue) => `${issue.path}: ${issue.message}`),
  };
}
