import { defaultFabrics } from '../fabric/defaults';
import type { Fabric } from '../fabric/schema';
import type { Workload } from './schema';

/**
 * The job the Workload view shows when a scenario has none: the dense 70B example
 * (examples/workload/dense-70b-16k.json; a test keeps the two equal), with its sources.
 */
const DENSE_70B_16K: Workload = {
  name: 'Dense 70B, 15T tokens, 16k accelerators',
  accelerators: 16384,
  model: {
    parameters: 70600000000,
    layers: 80,
    hidden_size: 8192,
  },
  tokens_to_train: 15000000000000,
  global_batch_sequences: 2048,
  sequence_length: 8192,
  micro_batch_sequences: 1,
  parallelism: {
    data: 512,
    tensor: 8,
    pipeline: 4,
    expert: 1,
    virtual_stages: 5,
  },
  activation_precision: 'bf16',
  gradient_precision: 'bf16',
  accelerator: {
    name: 'H100 SXM class',
    peak_tflops: 989,
    compute_efficiency: 0.5,
    scale_up_accelerators: 8,
    scale_up_bandwidth_gbps: 3600,
    usd_per_hour: 2,
  },
  checkpoint: {
    size_GB: 988,
    write_bandwidth_GBps: 2000,
  },
  algorithm: 'ring',
  overlap: {
    tensor: 0.3,
    data: 0.9,
    pipeline: 0.5,
    expert: 0,
  },
  sources: {
    model: 'LLAMA3_2024 (70B: 80 layers, d_model 8,192; 70.6B parameters)',
    tokens_to_train: 'LLAMA3_2024 ("over 15T tokens")',
    global_batch_sequences: 'LLAMA3_2024 (16M tokens at 8,192 tokens a sequence)',
    parallelism:
      'estimate (LLAMA3_2024 shows TP 8 · PP 16 · DP 128 for 405B; 70B needs fewer stages)',
    'accelerator.peak_tflops': 'NVIDIA_H100_DATASHEET (BF16 dense)',
    'accelerator.compute_efficiency':
      'estimate (kernels alone; LLAMA3_2024 reports 38–43 % MFU end to end)',
    'accelerator.scale_up_bandwidth_gbps': 'NVIDIA_H100_DATASHEET (450 GB/s each way)',
    'accelerator.usd_per_hour': 'WORKLOAD_GPU_HOUR_EST',
    'checkpoint.size_GB':
      'estimate: 14 bytes a parameter (BF16 weights, FP32 master, Adam moments)',
    'checkpoint.write_bandwidth_GBps': 'LLAMA3_2024 (storage 2 TB/s sustained)',
    overlap: 'estimate',
    fabrics:
      'estimate: 800G per accelerator (a ConnectX-8-class NIC); the 1.6T options double it with 200G lanes',
  },
};

export function defaultWorkload(): Workload {
  return structuredClone(DENSE_70B_16K);
}

/** The Fabric view's default options (DSP pluggables, LPO, CPO) sized to the job. */
export function defaultWorkloadFabrics(job: Workload): Fabric[] {
  return defaultFabrics().map((fabric) => ({ ...fabric, accelerators: job.accelerators }));
}
