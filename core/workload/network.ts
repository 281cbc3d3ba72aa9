import type { FabricEvaluation, TierResult } from '../fabric/evaluate-fabric';
import type { LinkCost } from './collectives';
import { SCALE_UP_LATENCY_NS, SOFTWARE_ALPHA_US, SWITCH_HOP_LATENCY_NS } from './constants';
import type { Workload } from './schema';

/**
 * @method workload-network α and β of a fabric option
 * α is the software overhead of a collective step plus the one-way path latency of the project's
 * latency model (serialization, FEC, DSP, propagation; method latency) for each link crossed, and
 * a switch hop per switch. A scale-out path up to the top of a T-tier fabric and back crosses 2T
 * links and 2T − 1 switches:
 * $$ \alpha_o = t_{\mathrm{sw}} + 2\sum_{i=1}^{T}\bar t_i + (2T-1)\,t_{\mathrm{hop}} $$
 * with t̄ᵢ the link-weighted mean latency of tier i. β is the reciprocal of the per-accelerator
 * bandwidth: ports × port rate (the lanes × lane rate the tier's design carries) divided by the
 * leaf's oversubscription o:
 * $$ B_o = \frac{P \cdot R_{\mathrm{port}}}{8\,o}\ \mathrm{bytes/s} $$
 * The scale-up domain has its own: its tier's link latency twice plus one switch hop, and its
 * per-accelerator bandwidth.
 * @assumes Every scale-out collective may cross the top tier (worst-case path); oversubscription throttles all scale-out traffic.
 * @ref WORKLOAD_SWITCH_HOP_EST WORKLOAD_SOFTWARE_ALPHA_EST
 */
export interface JobNetwork {
  readonly scale_out: LinkCost;
  readonly scale_up: LinkCost;
  /** Accelerators sharing one scale-up domain; 1 when there is none. */
  readonly scale_up_accelerators: number;
  /** The hardware part of α (links and switches) of each network, for the reader. */
  readonly scale_out_path_ns: number;
  readonly scale_up_path_ns: number;
}

/** What-if factors for the sensitivity: link bandwidth and link latency multiplied. */
export interface NetworkAdjust {
  readonly bandwidth_factor: number;
  readonly latency_factor: number;
}

export const NO_ADJUST: NetworkAdjust = { bandwidth_factor: 1, latency_factor: 1 };

const BITS_PER_BYTE = 8;
const GIGA = 1e9;
const NS = 1e-9;
const US = 1e-6;

/** Link-weighted mean one-way latency of a tier's links (bins without links count equally). */
export function tierLatency_ns(tier: TierResult): number {
  const bins = tier.links.bins;
  const linked = bins.filter((bin) => bin.links > 0);
  const use = linked.length > 0 ? linked : bins;
  const weight = (links: number) => (linked.length > 0 ? links : 1);
  const total = use.reduce((sum, bin) => sum + weight(bin.links), 0);
  if (total === 0) return 0;
  return (
    use.reduce(
      (sum, bin) => sum + weight(bin.links) * bin.evaluation.metrics.latency.latency_ns,
      0,
    ) / total
  );
}

export function jobNetwork(
  evaluation: FabricEvaluation & { ok: true },
  job: Workload,
  adjust: NetworkAdjust = NO_ADJUST,
): JobNetwork {
  const fabric = evaluation.fabric;
  const software_s = SOFTWARE_ALPHA_US.value * US;
  const hop_ns = SWITCH_HOP_LATENCY_NS.value;
  const outTiers = evaluation.tiers.filter((tier) => tier.role === 'scale-out');
  const outLinks_ns = 2 * outTiers.reduce((sum, tier) => sum + tierLatency_ns(tier), 0);
  const scale_out_path_ns =
    outLinks_ns * adjust.latency_factor + (2 * outTiers.length - 1) * hop_ns;
  const oversubscription = Math.max(1, evaluation.topology.effective_oversubscription);
  const scale_out: LinkCost = {
    alpha_s: software_s + scale_out_path_ns * NS,
    bandwidth_Bps:
      (fabric.ports_per_accelerator * fabric.port_speed_gbps * GIGA * adjust.bandwidth_factor) /
      (BITS_PER_BYTE * oversubscription),
  };

  const upTier = evaluation.tiers.find((tier) => tier.role === 'scale-up');
  if (fabric.scale_up && upTier) {
    const scale_up_path_ns = 2 * tierLatency_ns(upTier) * adjust.latency_factor + hop_ns;
    return {
      scale_out,
      scale_up: {
        alpha_s: software_s + scale_up_path_ns * NS,
        bandwidth_Bps:
          (fabric.scale_up.bandwidth_per_accelerator_gbps * GIGA * adjust.bandwidth_factor) /
          BITS_PER_BYTE,
      },
      scale_up_accelerators: fabric.scale_up.accelerators_per_domain,
      scale_out_path_ns,
      scale_up_path_ns,
    };
  }
  const domain = job.accelerator.scale_up_accelerators ?? 1;
  const bandwidth = job.accelerator.scale_up_bandwidth_gbps;
  if (domain <= 1 || bandwidth === undefined) {
    return {
      scale_out,
      scale_up: scale_out,
      scale_up_accelerators: 1,
      scale_out_path_ns,
      scale_up_path_ns: scale_out_path_ns,
    };
  }
  const scale_up_path_ns = SCALE_UP_LATENCY_NS.value * adjust.latency_factor;
  return {
    scale_out,
    scale_up: {
      alpha_s: software_s + scale_up_path_ns * NS,
      bandwidth_Bps: (bandwidth * GIGA * adjust.bandwidth_factor) / BITS_PER_BYTE,
    },
    scale_up_accelerators: domain,
    scale_out_path_ns,
    scale_up_path_ns,
  };
}
