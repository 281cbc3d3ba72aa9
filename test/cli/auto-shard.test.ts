import { describe, expect, it } from 'vitest';
import { autoShard } from '../../core/cli/sweep/auto-shard';
import { CliInputError } from '../../core/cli/read-scenario';

describe('sweep --shard auto', () => {
  it('reads a Slurm array task: id and count, or min/max/step', () => {
    expect(autoShard({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({
      index: 3,
      count: 8,
      from: 'SLURM_ARRAY_TASK_ID',
    });
    // --array=1-8: task 8 is the last of 8 shards
    expect(
      autoShard({ SLURM_ARRAY_TASK_ID: '8', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8' }),
    ).toMatchObject({ index: 7, count: 8 });
    // --array=0-14:2 → 8 tasks, task 6 is shard 3
    expect(
      autoShard({
        SLURM_ARRAY_TASK_ID: '6',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_MAX: '14',
        SLURM_ARRAY_TASK_STEP: '2',
      }),
    ).toMatchObject({ index: 3, count: 8 });
  });

  it('reads a Kubernetes Indexed Job with the count from --shard-count', () => {
    expect(autoShard({ JOB_COMPLETION_INDEX: '4' }, '10')).toEqual({
      index: 4,
      count: 10,
      from: 'JOB_COMPLETION_INDEX',
    });
  });

  it.each([
    [{}, undefined, /neither SLURM_ARRAY_TASK_ID .* nor JOB_COMPLETION_INDEX/],
    [
      { SLURM_ARRAY_TASK_ID: '2' },
      undefined,
      /neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX/,
    ],
    [
      { SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_COUNT: '8' },
      undefined,
      /shard 9, outside 0 … 7/,
    ],
    [
      { SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '8' },
      undefined,
      /SLURM_ARRAY_TASK_ID must be a whole number/,
    ],
    [
      {
        SLURM_ARRAY_TASK_ID: '3',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_MAX: '14',
        SLURM_ARRAY_TASK_STEP: '2',
      },
      undefined,
      /not on the array/,
    ],
    [{ JOB_COMPLETION_INDEX: '4' }, undefined, /give the Job's completions as --shard-count/],
    [{ JOB_COMPLETION_INDEX: '4' }, '4', /outside 0 … 3/],
    [{ JOB_COMPLETION_INDEX: '0' }, '0', /--shard-count: must be a whole number ≥ 1/],
  ])('refuses %j (count flag %s) with a reason', (env, count, message) => {
    expect(() => autoShard(env, count)).toThrow(CliInputError);
    expect(() => autoShard(env, count)).toThrow(message);
  });
});
