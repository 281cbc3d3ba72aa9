import {
  allToAll_s,
  busBandwidth_Bps,
  hierarchicalAllReduce_s,
  pointToPoint_s,
  ringAllReduce_s,
  treeAllReduce_s,
  type CollectiveKind,
  type LinkCost,
} from './collectives';
import {
  EP_ALLTOALLS_PER_LAYER,
  FLOPS_PER_PARAMETER_TOKEN,
  PRECISION_BYTES,
  TP_ALLREDUCES_PER_LAYER,
} from './constants';
import type { JobNetwork } from './network';
import type { Workload } from './schema';

/**
 * @method workload-step Training step time
 * Compute per step is C = 6·N_active·(B·L) FLOPs over the accelerators at peak × efficiency
 * (KAPLAN_2020), or a measured time. With m micro-batches per data-parallel rank, p pipeline
 * stages of v chunks each, the interleaved 1F1B bubble adds (p−1)/(v·m) of it (NARAYANAN_2021).
 * The collectives per step: tensor parallel, 4 ring all-reduces of the micro-batch's activations
 * b·L·h per layer per micro-batch in the scale-up domain (NARAYANAN_2021); data parallel, the
 * gradient shard's reduce-scatter and all-gather (the volume of one all-reduce, RAJBHANDARI_2020)
 * among d ranks, experts' gradients among d/e; pipeline, about 2(v·m + p − 2) point-to-point sends
 * of b·L·h on the critical path; expert parallel, 4 all-to-alls per MoE layer per micro-batch of
 * k copies of the rank's tokens (LEPIKHIN_2020). Each is hidden under compute by its overlap
 * share o_c, and
 * $$ T_{\mathrm{step}} = T_{\mathrm{comp}}\Big(1 + \frac{p-1}{v\,m}\Big) + \sum_c (1-o_c)\,T_c, \qquad \text{tokens/s} = \frac{B\,L}{T_{\mathrm{step}}} $$
 * @assumes Megatron rank order (tensor innermost, then data, then pipeline); expert parameters P_e = (P − P_active)/(1 − k/E); attention FLOPs and recomputation left out.
 * @valid Transformer training with the parallel sizes the schema accepts.
 * @ref KAPLAN_2020 NARAYANAN_2021 RAJBHANDARI_2020 LEPIKHIN_2020
 */
export type CollectiveId = 'tensor' | 'data' | 'pipeline' | 'expert';

export interface CollectiveResult {
  readonly id: CollectiveId;
  readonly label: string;
  readonly kind: CollectiveKind | 'send';
  readonly algorithm: string;
  readonly network: 'scale-up' | 'scale-out';
  readonly ranks: number;
  /** Buffer of one call, bytes. */
  readonly bytes: number;
  readonly calls_per_step: number;
  readonly time_per_call_s: number;
  readonly time_s: number;
  readonly overlap: number;
  readonly exposed_s: number;
  /** nccl-tests' bus bandwidth of one call; null for a send, which has none. */
  readonly bus_bandwidth_GBps: number | null;
}

export interface StepResult {
  readonly tokens_per_step: number;
  readonly micro_batches: number;
  readonly compute_s: number;
  readonly bubble_s: number;
  readonly collectives: readonly CollectiveResult[];
  readonly exposed_comm_s: number;
  readonly step_s: number;
  readonly exposed_comm_share: number;
  readonly tokens_per_s: number;
}

const TERA = 1e12;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Expert and non-expert parameters from the total, the active count and top-k of E. */
export function parameterSplit(job: Workload): { dense: number; expert: number; active: number } {
  const { parameters, experts, experts_per_token } = job.model;
  const active = job.model.active_parameters ?? parameters;
  if ((job.model.moe_layers ?? 0) === 0 || !experts || !experts_per_token || active >= parameters)
    return { dense: parameters, expert: 0, active };
  const expert = Math.min(parameters, (parameters - active) / (1 - experts_per_token / experts));
  return { dense: parameters - expert, expert, active };
}

/** Ranks of a group with stride `stride` that share one scale-up domain of `domain`. */
function sharedDomain(groupRanks: number, stride: number, domain: number): number {
  return gcd(Math.max(1, Math.floor(domain / stride)), groupRanks);
}

export function stepTime(job: Workload, network: JobNetwork): StepResult {
  const { data: dp, tensor: tp, pipeline: pp, expert: ep } = job.parallelism;
  const v = job.parallelism.virtual_stages ?? 1;
  const micro = job.micro_batch_sequences ?? 1;
  const m = job.global_batch_sequences / dp / micro;
  const tokens_per_step = job.global_batch_sequences * job.sequence_length;
  const split = parameterSplit(job);
  const compute_s =
    job.accelerator.compute_time_per_step_s ??
    (FLOPS_PER_PARAMETER_TOKEN.value * split.active * tokens_per_step) /
      (job.accelerators * job.accelerator.peak_tflops * TERA * job.accelerator.compute_efficiency);
  const bubble_s = pp > 1 ? (compute_s * (pp - 1)) / (v * m) : 0;

  const domain = network.scale_up_accelerators;
  const act = PRECISION_BYTES[job.activation_precision];
  const grad = PRECISION_BYTES[job.gradient_precision];
  const activation_bytes = micro * job.sequence_length * job.model.hidden_size * act;
  const overlap = job.overlap ?? {};
  const pick = (inside: boolean): { link: LinkCost; network: CollectiveResult['network'] } =>
    inside
      ? { link: network.scale_up, network: 'scale-up' }
      : { link: network.scale_out, network: 'scale-out' };
  const collectives: CollectiveResult[] = [];
  const add = (
    entry: Omit<CollectiveResult, 'time_s' | 'exposed_s' | 'bus_bandwidth_GBps'>,
    busKind: CollectiveKind | null,
  ) => {
    const time_s = entry.time_per_call_s * entry.calls_per_step;
    collectives.push({
      ...entry,
      time_s,
      exposed_s: time_s * (1 - entry.overlap),
      bus_bandwidth_GBps:
        busKind === null
          ? null
          : busBandwidth_Bps(busKind, entry.ranks, entry.bytes, entry.time_per_call_s) / 1e9,
    });
  };

  if (tp > 1) {
    const where = pick(tp <= domain);
    add(
      {
        id: 'tensor',
        label: 'Tensor-parallel all-reduce',
        kind: 'all-reduce',
        algorithm: 'ring',
        network: where.network,
        ranks: tp,
        bytes: activation_bytes,
        calls_per_step: TP_ALLREDUCES_PER_LAYER.value * (job.model.layers / pp) * m,
        time_per_call_s: ringAllReduce_s(tp, activation_bytes, where.link),
        overlap: overlap.tensor ?? 0,
      },
      'all-reduce',
    );
  }

  if (dp > 1) {
    const inside = tp * dp <= domain;
    const where = pick(inside);
    const perDomain = sharedDomain(dp, tp, domain);
    const allReduce = (ranks: number, bytes: number, g: number) =>
      job.algorithm === 'tree'
        ? treeAllReduce_s(ranks, bytes, where.link)
        : job.algorithm === 'hierarchical' && !inside
          ? hierarchicalAllReduce_s(ranks, g, bytes, network.scale_up, network.scale_out)
          : ringAllReduce_s(ranks, bytes, where.link);
    const denseBytes = (split.dense / (tp * pp)) * grad;
    const expertRanks = dp / ep;
    const expertBytes = (split.expert / (tp * pp * ep)) * grad;
    const time =
      allReduce(dp, denseBytes, perDomain) +
      (split.expert > 0 && expertRanks > 1
        ? allReduce(expertRanks, expertBytes, sharedDomain(expertRanks, tp * ep, domain))
        : 0);
    add(
      {
        id: 'data',
        label: 'Data-parallel reduce-scatter + all-gather',
        kind: 'all-reduce',
        algorithm: job.algorithm,
        network: where.network,
        ranks: dp,
        bytes: denseBytes + (expertRanks > 1 ? expertBytes : 0),
        calls_per_step: 1,
        time_per_call_s: time,
        overlap: overlap.data ?? 0,
      },
      'all-reduce',
    );
  }

  if (pp > 1) {
    const where = pick(tp * dp * pp <= domain);
    add(
      {
        id: 'pipeline',
        label: 'Pipeline point-to-point',
        kind: 'send',
        algorithm: 'p2p',
        network: where.network,
        ranks: 2,
        bytes: activation_bytes / tp,
        calls_per_step: 2 * (v * m + pp - 2),
        time_per_call_s: pointToPoint_s(activation_bytes / tp, where.link),
        overlap: overlap.pipeline ?? 0,
      },
      null,
    );
  }

  const moeLayers = job.model.moe_layers ?? 0;
  const k = job.model.experts_per_token ?? 0;
  if (moeLayers > 0 && ep > 1 && k > 0) {
    const bytes = ((micro * job.sequence_length) / tp) * k * job.model.hidden_size * act;
    const g = sharedDomain(ep, tp, domain);
    const alpha = (g < ep ? network.scale_out : network.scale_up).alpha_s;
    // The share for ranks in the domain rides scale-up while the rest rides scale-out, at once.
    const perCall =
      g <= 1
        ? allToAll_s(ep, bytes, network.scale_out)
        : (ep - 1) * alpha +
          Math.max(
            (((ep - g) / ep) * bytes) / network.scale_out.bandwidth_Bps,
            (((g - 1) / ep) * bytes) / network.scale_up.bandwidth_Bps,
          );
    add(
      {
        id: 'expert',
        label: 'Expert-parallel all-to-all',
        kind: 'all-to-all',
        algorithm: g > 1 ? 'pairwise, hierarchical' : 'pairwise',
        network: g < ep ? 'scale-out' : 'scale-up',
        ranks: ep,
        bytes,
        calls_per_step: EP_ALLTOALLS_PER_LAYER.value * (moeLayers / pp) * m,
        time_per_call_s: perCall,
        overlap: overlap.expert ?? 0,
      },
      'all-to-all',
    );
  }

  const exposed_comm_s = collectives.reduce((sum, c) => sum + c.exposed_s, 0);
  const step_s = compute_s + bubble_s + exposed_comm_s;
  return {
    tokens_per_step,
    micro_batches: m,
    compute_s,
    bubble_s,
    collectives,
    exposed_comm_s,
    step_s,
    exposed_comm_share: step_s > 0 ? exposed_comm_s / step_s : 0,
    tokens_per_s: step_s > 0 ? tokens_per_step / step_s : 0,
  };
}
