import { z } from 'zod';
import { numberIn } from '../scenario/fields';
import { precisions } from './constants';

/**
 * Training workload: the scenario file's `workload` section (schema version 3) — one training job
 * the fabric options are judged on. Units live in the key names; what is optional falls back to a
 * sourced default (core/workload/constants.ts).
 */

const count = (max: number, unit: string) => numberIn({ min: 1, max, unit, integer: true });

export const modelSchema = z.strictObject({
  /** All parameters (a mixture of experts: every expert counted). */
  parameters: numberIn({ min: 1e6, max: 1e14, unit: 'parameters' }),
  /** Parameters one token passes through; equal to `parameters` for a dense model. */
  active_parameters: numberIn({ min: 1e6, max: 1e14, unit: 'parameters' }).optional(),
  layers: count(10_000, 'layers'),
  hidden_size: count(1_000_000, 'elements'),
  /** Layers with experts (MoE); 0 or absent: dense. */
  moe_layers: numberIn({ min: 0, max: 10_000, unit: 'layers', integer: true }).optional(),
  experts: count(100_000, 'experts').optional(),
  /** Experts each token is routed to (top-k). */
  experts_per_token: count(1_000, 'experts').optional(),
});

export const parallelismSchema = z.strictObject({
  data: count(10_000_000, 'ranks'),
  tensor: count(1_024, 'ranks'),
  pipeline: count(1_024, 'ranks'),
  /** Expert-parallel ranks, carved out of the data-parallel ones (Megatron convention). */
  expert: count(100_000, 'ranks'),
  /** Model chunks per pipeline stage (interleaved 1F1B); 1: plain 1F1B. */
  virtual_stages: count(1_024, 'chunks').optional(),
});

/** Share of each collective's time hidden under compute. */
export const overlapSchema = z.strictObject({
  tensor: numberIn({ min: 0, max: 1, unit: '' }).optional(),
  data: numberIn({ min: 0, max: 1, unit: '' }).optional(),
  pipeline: numberIn({ min: 0, max: 1, unit: '' }).optional(),
  expert: numberIn({ min: 0, max: 1, unit: '' }).optional(),
});

export const acceleratorSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  /** Dense peak at the training precision. */
  peak_tflops: numberIn({ min: 0.001, max: 1e6, unit: 'TFLOP/s' }),
  /** Achieved share of peak in compute kernels (communication and bubble excluded). */
  compute_efficiency: numberIn({ min: 0.01, max: 1, unit: '' }),
  /** A measured compute time per step replaces peak × efficiency when given. */
  compute_time_per_step_s: numberIn({ min: 1e-6, max: 1e6, unit: 's' }).optional(),
  /** The scale-up domain to use when a fabric option models none (e.g. 8 GPUs on NVLink). */
  scale_up_accelerators: count(100_000, 'accelerators').optional(),
  scale_up_bandwidth_gbps: numberIn({ min: 1, max: 1e6, unit: 'Gb/s' }).optional(),
  usd_per_hour: numberIn({ min: 0, max: 1000, unit: 'USD/h' }).optional(),
});

export const jobCheckpointSchema = z.strictObject({
  size_GB: numberIn({ min: 0, max: 1e7, unit: 'GB' }),
  /** Aggregate write bandwidth of the checkpoint storage. */
  write_bandwidth_GBps: numberIn({ min: 0.001, max: 1e6, unit: 'GB/s' }),
  /** Interval between checkpoints; the Young–Daly optimum when absent. */
  interval_s: numberIn({ min: 1, max: 1e7, unit: 's' }).optional(),
});

export const collectiveAlgorithms = ['ring', 'tree', 'hierarchical'] as const;
export type CollectiveAlgorithm = (typeof collectiveAlgorithms)[number];

const workloadObjectSchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  accelerators: count(10_000_000, 'accelerators'),
  model: modelSchema,
  tokens_to_train: numberIn({ min: 1, max: 1e16, unit: 'tokens' }),
  global_batch_sequences: count(100_000_000, 'sequences'),
  sequence_length: count(10_000_000, 'tokens'),
  micro_batch_sequences: count(100_000, 'sequences').optional(),
  parallelism: parallelismSchema,
  activation_precision: z.enum(precisions),
  gradient_precision: z.enum(precisions),
  accelerator: acceleratorSchema,
  checkpoint: jobCheckpointSchema,
  /** Data-parallel gradient algorithm; tensor parallel is a ring in its scale-up domain. */
  algorithm: z.enum(collectiveAlgorithms),
  overlap: overlapSchema.optional(),
  /** Fabric options to judge the job on, by id; every option when absent. */
  fabric_ids: z.array(z.string().min(1).max(200)).max(100).optional(),
  /** Source or "estimate" for each input, by field path. */
  sources: z.record(z.string().max(200), z.string().max(500)).optional(),
});

type WorkloadObject = z.infer<typeof workloadObjectSchema>;

export interface WorkloadRuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The rules one field's range cannot state: they tie fields together. Each issue names the
 * fields and the rule broken, so the message can be acted on without the docs.
 */
export function workloadRuleIssues(job: WorkloadObject): WorkloadRuleIssue[] {
  const issues: WorkloadRuleIssue[] = [];
  const { data, tensor, pipeline, expert } = job.parallelism;
  const virtual = job.parallelism.virtual_stages ?? 1;
  const product = data * tensor * pipeline;
  if (product !== job.accelerators) {
    issues.push({
      path: ['parallelism'],
      message: `data × tensor × pipeline = ${data} × ${tensor} × ${pipeline} = ${product}, but accelerators is ${job.accelerators} (rule: the parallel sizes multiply to the accelerator count)`,
    });
  }
  if (data % expert !== 0) {
    issues.push({
      path: ['parallelism', 'expert'],
      message: `parallelism.expert ${expert} does not divide parallelism.data ${data} (rule: expert-parallel groups are carved out of the data-parallel ranks)`,
    });
  }
  const batch = job.global_batch_sequences;
  if (batch % data !== 0) {
    issues.push({
      path: ['global_batch_sequences'],
      message: `global_batch_sequences ${batch} is not divisible by parallelism.data ${data} (rule: every data-parallel rank takes a whole number of sequences)`,
    });
  } else {
    const perRank = batch / data;
    const micro = job.micro_batch_sequences ?? 1;
    if (perRank % micro !== 0) {
      issues.push({
        path: ['micro_batch_sequences'],
        message: `micro_batch_sequences ${micro} does not divide the ${perRank} sequences per data-parallel rank (global_batch_sequences ÷ parallelism.data) (rule: whole micro-batches)`,
      });
    }
  }
  if (job.model.layers < pipeline * virtual) {
    issues.push({
      path: ['model', 'layers'],
      message: `model.layers ${job.model.layers} is fewer than parallelism.pipeline × virtual_stages = ${pipeline * virtual} (rule: every pipeline chunk holds at least one layer)`,
    });
  }
  const active = job.model.active_parameters;
  if (active !== undefined && active > job.model.parameters) {
    issues.push({
      path: ['model', 'active_parameters'],
      message: `model.active_parameters ${active} exceeds model.parameters ${job.model.parameters} (rule: a token passes through at most every parameter)`,
    });
  }
  const moeLayers = job.model.moe_layers ?? 0;
  if (moeLayers > job.model.layers) {
    issues.push({
      path: ['model', 'moe_layers'],
      message: `model.moe_layers ${moeLayers} exceeds model.layers ${job.model.layers} (rule: MoE layers are some of the layers)`,
    });
  }
  const experts = job.model.experts;
  if (moeLayers > 0 && (experts === undefined || job.model.experts_per_token === undefined)) {
    issues.push({
      path: ['model', 'experts'],
      message: `model.moe_layers is ${moeLayers} but model.experts or model.experts_per_token is missing (rule: a mixture of experts names its experts and top-k)`,
    });
  }
  if (experts !== undefined && experts % expert !== 0) {
    issues.push({
      path: ['parallelism', 'expert'],
      message: `parallelism.expert ${expert} does not divide model.experts ${experts} (rule: every expert-parallel rank holds whole experts)`,
    });
  }
  return issues;
}

export const workloadSchema = workloadObjectSchema.superRefine((job, ctx) => {
  for (const issue of workloadRuleIssues(job))
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
});

export type Workload = z.infer<typeof workloadSchema>;
