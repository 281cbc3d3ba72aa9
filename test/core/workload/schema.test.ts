import { describe, expect, it } from 'vitest';
import { parseScenarioText, workloadSchema, type Workload } from '../../../core/index';
import { loadWorkloadExample } from './workload-example';

const dense = loadWorkloadExample('dense-70b-16k.json').workload;

function messages(value: unknown): string[] {
  const result = workloadSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const withParallel = (parallelism: Partial<Workload['parallelism']>) => ({
  ...dense,
  parallelism: { ...dense.parallelism, ...parallelism },
});

describe('workloadSchema', () => {
  it('accepts both shipped examples', () => {
    expect(messages(dense)).toEqual([]);
    expect(messages(loadWorkloadExample('moe-671b-16k.json').workload)).toEqual([]);
  });

  it('parallel sizes whose product is not the accelerator count: names the fields and the rule', () => {
    expect(messages(withParallel({ data: 256 }))).toContain(
      'parallelism: data × tensor × pipeline = 256 × 8 × 4 = 8192, but accelerators is 16384 (rule: the parallel sizes multiply to the accelerator count)',
    );
  });

  it('a batch not divisible by the data-parallel size', () => {
    expect(messages({ ...dense, global_batch_sequences: 2000 })).toEqual([
      'global_batch_sequences: global_batch_sequences 2000 is not divisible by parallelism.data 512 (rule: every data-parallel rank takes a whole number of sequences)',
    ]);
  });

  it('micro-batches that do not divide the per-rank batch, and chunks without a layer', () => {
    expect(messages({ ...dense, micro_batch_sequences: 3 })).toEqual([
      'micro_batch_sequences: micro_batch_sequences 3 does not divide the 4 sequences per data-parallel rank (global_batch_sequences ÷ parallelism.data) (rule: whole micro-batches)',
    ]);
    expect(messages(withParallel({ virtual_stages: 40 }))).toEqual([
      'model.layers: model.layers 80 is fewer than parallelism.pipeline × virtual_stages = 160 (rule: every pipeline chunk holds at least one layer)',
    ]);
  });

  it('expert parallelism must divide the data-parallel ranks and the experts', () => {
    const moe = loadWorkloadExample('moe-671b-16k.json').workload;
    expect(messages({ ...moe, parallelism: { ...moe.parallelism, expert: 3 } }).sort()).toEqual([
      'parallelism.expert: parallelism.expert 3 does not divide model.experts 256 (rule: every expert-parallel rank holds whole experts)',
      'parallelism.expert: parallelism.expert 3 does not divide parallelism.data 2048 (rule: expert-parallel groups are carved out of the data-parallel ranks)',
    ]);
    expect(messages({ ...moe, model: { ...moe.model, active_parameters: 700e9 } })).toEqual([
      'model.active_parameters: model.active_parameters 700000000000 exceeds model.parameters 671000000000 (rule: a token passes through at most every parameter)',
    ]);
  });

  it.each([
    [
      'parallelism.tensor',
      withParallel({ tensor: 0 }),
      'parallelism.tensor: 0 is below the minimum',
    ],
    [
      'sequence_length',
      { ...dense, sequence_length: -1 },
      'sequence_length: -1 is below the minimum',
    ],
    [
      'accelerator.peak_tflops',
      { ...dense, accelerator: { ...dense.accelerator, peak_tflops: 0 } },
      'accelerator.peak_tflops: 0 is below the minimum',
    ],
    [
      'checkpoint.size_GB',
      { ...dense, checkpoint: { ...dense.checkpoint, size_GB: -5 } },
      'checkpoint.size_GB: -5 is below the minimum',
    ],
  ])('zero or negative %s is rejected with the field and its range', (_field, value, start) => {
    expect(messages(value).some((message) => message.startsWith(start))).toBe(true);
  });

  it('in a scenario file the issue carries the full path', () => {
    const scenario = loadWorkloadExample('dense-70b-16k.json');
    const text = JSON.stringify({
      ...scenario,
      workload: { ...dense, global_batch_sequences: 100 },
    });
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path)).toContain('workload.global_batch_sequences');
  });
});
