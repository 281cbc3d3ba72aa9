import { CliInputError } from '../read-scenario';

/**
 * `--shard auto`: the shard of this task from the batch system's environment — a Slurm job array
 * (SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT, or MIN/MAX and STEP) or a Kubernetes Indexed
 * Job (JOB_COMPLETION_INDEX, with the count from --shard-count, since Kubernetes does not export
 * `completions`). Every problem is a CliInputError (exit 2) naming the variable and why.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

function integerVariable(env: Environment, name: string, min: number): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !(value >= min))
    throw new CliInputError(
      `--shard auto: ${name} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`,
    );
  return value;
}

function countFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !(value >= 1))
    throw new CliInputError(
      `--shard-count: must be a whole number ≥ 1, got ${JSON.stringify(text)}`,
    );
  return value;
}

export function autoShard(
  env: Environment,
  shardCount?: string,
): { readonly index: number; readonly count: number; readonly from: string } {
  const flagCount = countFlag(shardCount);
  const taskId = integerVariable(env, 'SLURM_ARRAY_TASK_ID', 0);
  if (taskId !== undefined) {
    const min = integerVariable(env, 'SLURM_ARRAY_TASK_MIN', 0) ?? 0;
    const max = integerVariable(env, 'SLURM_ARRAY_TASK_MAX', 0);
    const step = integerVariable(env, 'SLURM_ARRAY_TASK_STEP', 1) ?? 1;
    const count =
      integerVariable(env, 'SLURM_ARRAY_TASK_COUNT', 1) ??
      (max === undefined ? flagCount : Math.floor((max - min) / step) + 1);
    if (count === undefined)
      throw new CliInputError(
        '--shard auto: SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX is (nor --shard-count)',
      );
    if ((taskId - min) % step !== 0 || taskId < min)
      throw new CliInputError(
        `--shard auto: SLURM_ARRAY_TASK_ID ${taskId} is not on the array ${min}…${max ?? '?'} step ${step}`,
      );
    const index = (taskId - min) / step;
    if (index >= count)
      throw new CliInputError(
        `--shard auto: SLURM_ARRAY_TASK_ID ${taskId} is shard ${index}, outside 0 … ${count - 1} (an array of ${count} tasks)`,
      );
    return { index, count, from: 'SLURM_ARRAY_TASK_ID' };
  }
  const completion = integerVariable(env, 'JOB_COMPLETION_INDEX', 0);
  if (completion !== undefined) {
    if (flagCount === undefined)
      throw new CliInputError(
        "--shard auto: JOB_COMPLETION_INDEX is set; give the Job's completions as --shard-count <n>",
      );
    if (completion >= flagCount)
      throw new CliInputError(
        `--shard auto: JOB_COMPLETION_INDEX ${completion} is outside 0 … ${flagCount - 1} (--shard-count ${flagCount})`,
      );
    return { index: completion, count: flagCount, from: 'JOB_COMPLETION_INDEX' };
  }
  throw new CliInputError(
    '--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set',
  );
}
