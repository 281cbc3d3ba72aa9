/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { planSweep, runSweepRange, sweepSpecSchema } from '../../../core';
import type { SweepColumns, SweepPlan } from '../../../core';
import { columnBuffers } from './sweepJob';
import type { SweepJob } from './sweepJob';

/**
 * A sweep worker: the same core planSweep/runSweepRange as the CLI, run on a range of points off
 * the UI thread. The block's typed arrays are transferred back, not copied.
 */
const plans = new Map<string, SweepPlan>();
const KEEP_PLANS = 8;

function planOf(job: SweepJob): SweepPlan {
  const cached = plans.get(job.id);
  if (cached !== undefined) return cached;
  const planned = planSweep(sweepSpecSchema.parse(job.spec), job.scenario);
  if (!planned.ok) {
    throw new Error(planned.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  }
  if (plans.size >= KEEP_PLANS) plans.delete(plans.keys().next().value as string);
  plans.set(job.id, planned.plan);
  return planned.plan;
}

const api = {
  runChunk(job: SweepJob, start: number, end: number): SweepColumns {
    const columns = runSweepRange(planOf(job), job.scenario.assumptions, start, end);
    return Comlink.transfer(columns, columnBuffers(columns));
  },
};

export type SweepWorkerApi = typeof api;

Comlink.expose(api);
