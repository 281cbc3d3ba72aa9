import { HOURS_PER_YEAR } from '../cost/tco';
import {
  evaluateScenarioFabrics,
  type FabricEvaluation,
  type ScenarioLike,
} from '../fabric/evaluate-fabric';
import { SECONDS_PER_DAY, youngDalyInterval_s } from '../fabric/goodput';
import type { Fabric } from '../fabric/schema';
import type { EvaluationCache } from '../fabric/design-cache';
import { ACCELERATOR_USD_PER_HOUR } from './constants';
import { jobNetwork, NO_ADJUST, type JobNetwork, type NetworkAdjust } from './network';
import type { Workload } from './schema';
import { stepTime, type StepResult } from './step';

/**
 * @method workload-run Time, energy and cost to train
 * With the fabric's interruption rate scaled to the job's share of the cluster (mean time between
 * interruptions M), checkpoint cost δ = size ÷ write bandwidth, restart time R and interval τ (the
 * Young–Daly optimum √(2δM) unless the job sets one; YOUNG_1974, DALY_2006), the share of wall
 * time lost is ℓ = δ/τ + τ/(2M) + R/M, and with S = ⌈D ÷ (B·L)⌉ steps
 * $$ T_{\mathrm{train}} = \frac{S\,T_{\mathrm{step}}}{1-\ell}, \qquad E = P_{\mathrm{job}}\,\mathrm{PUE}\,T_{\mathrm{train}} $$
 * P_job is the fabric's accelerator and network power times the job's share of its accelerators;
 * the interconnect's share of E is the network's share of that power. The run costs the energy at
 * the scenario's price, the accelerator-hours at their hourly rate, and the network's capex
 * amortized over the scenario's lifetime for the run's duration.
 * @assumes Power drawn at the rated level for the whole run; every interruption stops the whole job.
 * @ref YOUNG_1974 DALY_2006 WORKLOAD_GPU_HOUR_EST
 */
export interface RunReliability {
  readonly interruptions_per_day: number;
  readonly mtbi_s: number;
  readonly checkpoint_cost_s: number;
  readonly restart_s: number;
  readonly checkpoint_interval_s: number;
  readonly checkpoint_loss_fraction: number;
  readonly rework_loss_fraction: number;
  readonly restart_loss_fraction: number;
  readonly lost_fraction: number;
}

/** One step's wall-clock time split into the parts the stacked bars show. */
export interface StepParts {
  readonly compute_s: number;
  readonly bubble_s: number;
  readonly tensor_s: number;
  readonly data_s: number;
  readonly pipeline_s: number;
  readonly expert_s: number;
  readonly checkpoint_s: number;
  readonly failures_s: number;
  readonly wall_step_s: number;
}

export interface WorkloadRun {
  readonly fabric_id: string;
  readonly fabric_name: string;
  /** Job accelerators ÷ fabric accelerators: its share of power, failures and capex. */
  readonly cluster_share: number;
  readonly network: JobNetwork;
  readonly step: StepResult;
  readonly reliability: RunReliability;
  readonly parts: StepParts;
  readonly steps: number;
  readonly time_to_train_s: number;
  readonly days_to_train: number;
  readonly power_W: number;
  readonly energy_MWh: number;
  readonly interconnect_energy_MWh: number;
  readonly interconnect_energy_share: number;
  readonly energy_usd: number;
  readonly accelerator_usd: number;
  readonly network_usd: number;
  readonly cost_usd: number;
}

export type WorkloadOutcome =
  | { readonly ok: true; readonly run: WorkloadRun }
  | {
      readonly ok: false;
      readonly fabric_id: string;
      readonly fabric_name: string;
      readonly issues: readonly string[];
    };

export interface RunAssumptions {
  readonly energy_usd_per_kWh: number;
  readonly pue: number;
  readonly lifetime_years: number;
}

const WH_PER_MWH = 1e6;
const KWH_PER_MWH = 1000;
const SECONDS_PER_HOUR = 3600;

export function runReliability(
  interruptionsPerDay: number,
  checkpointCost_s: number,
  restart_s: number,
  interval_s?: number,
): RunReliability {
  const mtbi_s =
    interruptionsPerDay > 0 ? SECONDS_PER_DAY / interruptionsPerDay : Number.POSITIVE_INFINITY;
  const tau =
    interval_s ??
    (Number.isFinite(mtbi_s)
      ? youngDalyInterval_s(checkpointCost_s, mtbi_s)
      : Number.POSITIVE_INFINITY);
  const checkpoint = tau > 0 && Number.isFinite(tau) ? checkpointCost_s / tau : 0;
  const rework = Number.isFinite(mtbi_s) && Number.isFinite(tau) ? tau / (2 * mtbi_s) : 0;
  const restart = Number.isFinite(mtbi_s) ? restart_s / mtbi_s : 0;
  return {
    interruptions_per_day: interruptionsPerDay,
    mtbi_s,
    checkpoint_cost_s: checkpointCost_s,
    restart_s,
    checkpoint_interval_s: tau,
    checkpoint_loss_fraction: checkpoint,
    rework_loss_fraction: rework,
    restart_loss_fraction: restart,
    lost_fraction: checkpoint + rework + restart,
  };
}

export function evaluateWorkloadOn(
  job: Workload,
  evaluation: FabricEvaluation,
  assumptions: RunAssumptions,
  adjust: NetworkAdjust = NO_ADJUST,
): WorkloadOutcome {
  const fabric = evaluation.fabric;
  const fail = (issues: readonly string[]): WorkloadOutcome => ({
    ok: false,
    fabric_id: fabric.id,
    fabric_name: fabric.name,
    issues,
  });
  if (!evaluation.ok)
    return fail(evaluation.issues.map((issue) => `${issue.path}: ${issue.message}`));
  if (fabric.accelerators < job.accelerators)
    return fail([
      `the job needs ${job.accelerators} accelerators but fabric ${fabric.id} has ${fabric.accelerators} (rule: workload.accelerators ≤ fabric accelerators)`,
    ]);
  const share = job.accelerators / fabric.accelerators;
  const network = jobNetwork(evaluation, job, adjust);
  const step = stepTime(job, network);
  const checkpointCost_s = job.checkpoint.size_GB / job.checkpoint.write_bandwidth_GBps;
  const reliability = runReliability(
    evaluation.totals.interruptions_per_day * share,
    checkpointCost_s,
    fabric.checkpoint.restart_s,
    job.checkpoint.interval_s,
  );
  if (reliability.lost_fraction >= 1)
    return fail([
      `checkpoint, rework and restart take ${(reliability.lost_fraction * 100).toFixed(0)} % of the time: the job never finishes (rule: interruptions must leave time to train)`,
    ]);
  const useful = 1 - reliability.lost_fraction;
  const wall_step_s = step.step_s / useful;
  const exposed = (id: string) =>
    step.collectives.filter((c) => c.id === id).reduce((sum, c) => sum + c.exposed_s, 0);
  const parts: StepParts = {
    compute_s: step.compute_s,
    bubble_s: step.bubble_s,
    tensor_s: exposed('tensor'),
    data_s: exposed('data'),
    pipeline_s: exposed('pipeline'),
    expert_s: exposed('expert'),
    checkpoint_s: wall_step_s * reliability.checkpoint_loss_fraction,
    failures_s:
      wall_step_s * (reliability.rework_loss_fraction + reliability.restart_loss_fraction),
    wall_step_s,
  };
  const steps = Math.ceil(job.tokens_to_train / step.tokens_per_step);
  const time_to_train_s = steps * wall_step_s;
  const hours = time_to_train_s / SECONDS_PER_HOUR;
  const power_W = evaluation.totals.cluster_power_W * share * assumptions.pue;
  const energy_MWh = (power_W * hours) / WH_PER_MWH;
  const interconnect_energy_share = evaluation.totals.network_power_share;
  const energy_usd = energy_MWh * KWH_PER_MWH * assumptions.energy_usd_per_kWh;
  const accelerator_usd =
    job.accelerators * hours * (job.accelerator.usd_per_hour ?? ACCELERATOR_USD_PER_HOUR.value);
  const network_usd =
    evaluation.totals.capex_usd * share * (hours / (assumptions.lifetime_years * HOURS_PER_YEAR));
  return {
    ok: true,
    run: {
      fabric_id: fabric.id,
      fabric_name: fabric.name,
      cluster_share: share,
      network,
      step,
      reliability,
      parts,
      steps,
      time_to_train_s,
      days_to_train: time_to_train_s / SECONDS_PER_DAY,
      power_W,
      energy_MWh,
      interconnect_energy_MWh: energy_MWh * interconnect_energy_share,
      interconnect_energy_share,
      energy_usd,
      accelerator_usd,
      network_usd,
      cost_usd: energy_usd + accelerator_usd + network_usd,
    },
  };
}

/** The fabric options the job is judged on: those it names, else all. */
export function workloadFabrics(job: Workload, fabrics: readonly Fabric[]): readonly Fabric[] {
  const ids = job.fabric_ids;
  return ids === undefined ? fabrics : fabrics.filter((fabric) => ids.includes(fabric.id));
}

/** The job on every fabric option of a scenario, side by side. */
export function evaluateWorkload(
  job: Workload,
  scenario: ScenarioLike & { readonly fabrics?: readonly Fabric[] | undefined },
  assumptions: RunAssumptions = scenario.assumptions,
  cache?: EvaluationCache,
): readonly WorkloadOutcome[] {
  const fabrics = workloadFabrics(job, scenario.fabrics ?? []);
  return evaluateScenarioFabrics({ ...scenario, fabrics }, cache).map((evaluation) =>
    evaluateWorkloadOn(job, evaluation, assumptions),
  );
}

/** Step time against a scale of link bandwidth or of link latency, every other input held. */
export function stepSensitivity(
  job: Workload,
  evaluation: FabricEvaluation & { ok: true },
  quantity: 'bandwidth' | 'latency',
  factors: readonly number[],
): readonly { factor: number; step_s: number; exposed_comm_s: number }[] {
  return factors.map((factor) => {
    const adjust: NetworkAdjust =
      quantity === 'bandwidth'
        ? { bandwidth_factor: factor, latency_factor: 1 }
        : { bandwidth_factor: 1, latency_factor: factor };
    const step = stepTime(job, jobNetwork(evaluation, job, adjust));
    return { factor, step_s: step.step_s, exposed_comm_s: step.exposed_comm_s };
  });
}
