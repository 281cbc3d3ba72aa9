import { sourced, type Sourced } from '../provenance';

/** The workload model's defaults: each a named, sourced value a job may override. */

/** Cut-through switch port-to-port latency, one hop. */
export const SWITCH_HOP_LATENCY_NS: Sourced = sourced(600, {
  source: 'WORKLOAD_SWITCH_HOP_EST',
  year: 2025,
  kind: 'estimate',
  range: [300, 1000],
  note: 'cut-through Ethernet/InfiniBand switch, port to port',
});

/** Software and NIC overhead added to α at every step of a collective. */
export const SOFTWARE_ALPHA_US: Sourced = sourced(3, {
  source: 'WORKLOAD_SOFTWARE_ALPHA_EST',
  year: 2025,
  kind: 'estimate',
  range: [1, 10],
  note: 'kernel launch, protocol and doorbell per collective step',
});

/** Scale-up one-way latency (NVLink-class switch and SerDes) when the fabric models no scale-up tier. */
export const SCALE_UP_LATENCY_NS: Sourced = sourced(500, {
  source: 'WORKLOAD_SWITCH_HOP_EST',
  year: 2025,
  kind: 'estimate',
  range: [200, 1000],
  note: 'one switch hop plus two short copper links',
});

/** Accelerator-hour cost (capex amortization and hosting; energy and network counted apart). */
export const ACCELERATOR_USD_PER_HOUR: Sourced = sourced(2, {
  source: 'WORKLOAD_GPU_HOUR_EST',
  year: 2025,
  kind: 'estimate',
  range: [1, 4],
  note: 'H100-class, excluding energy',
});

/** Training FLOPs per parameter per token: 2 forward + 4 backward (C ≈ 6·N·D). */
export const FLOPS_PER_PARAMETER_TOKEN: Sourced = sourced(6, {
  source: 'KAPLAN_2020',
  year: 2020,
  kind: 'paper',
  note: 'matrix multiplies only; attention and recomputation left out',
});

/** Tensor-parallel all-reduces per transformer layer per micro-batch: 2 forward, 2 backward. */
export const TP_ALLREDUCES_PER_LAYER: Sourced = sourced(4, {
  source: 'NARAYANAN_2021',
  year: 2021,
  kind: 'paper',
  note: 'Megatron-LM: one after attention and one after the MLP, each way',
});

/** All-to-alls per MoE layer per micro-batch: dispatch and combine, forward and backward. */
export const EP_ALLTOALLS_PER_LAYER: Sourced = sourced(4, {
  source: 'LEPIKHIN_2020',
  year: 2020,
  kind: 'paper',
  note: 'GShard: dispatch and combine each way',
});

/** Bytes per element of each precision the job may train in (activations and gradients sent). */
export const PRECISION_BYTES = {
  fp32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
} as const;
export type Precision = keyof typeof PRECISION_BYTES;
export const precisions = Object.keys(PRECISION_BYTES) as Precision[];
