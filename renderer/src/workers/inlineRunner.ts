import { planSweep, runSweepRange, sweepSpecSchema } from '../../../core';
import type { SweepColumns } from '../../../core';
import { SweepCancelled } from './sweepJob';
import type { SweepJob, SweepRunner } from './sweepJob';

/**
 * Runs chunks on the calling thread, one macrotask each: the runner for Node tests, and the
 * fallback where Web Workers are unavailable.
 */
export function createInlineRunner(concurrency = 2): SweepRunner {
  let generation = 0;
  return {
    concurrency,
    runChunk(job: SweepJob, start: number, end: number): Promise<SweepColumns> {
      const started = generation;
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (started !== generation) {
            reject(new SweepCancelled());
            return;
          }
          const planned = planSweep(sweepSpecSchema.parse(job.spec), job.scenario);
          if (!planned.ok) {
            reject(new Error(planned.issues.map((issue) => issue.message).join('; ')));
            return;
          }
          resolve(runSweepRange(planned.plan, job.scenario.assumptions, start, end));
        }, 0);
      });
    },
    cancel() {
      generation += 1;
    },
  };
}
