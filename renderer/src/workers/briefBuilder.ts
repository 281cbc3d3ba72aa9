import * as Comlink from 'comlink';
import { buildBrief } from '../../../core';
import type { BriefOptions, Scenario } from '../../../core';
import type { BriefWorkerApi } from './briefWorker';

/**
 * Builds the brief on a worker of its own (started for the export, ended after it) so the window
 * keeps painting while it builds; inline where there are no workers (unit tests under Node).
 */
export async function buildBriefOffThread(
  scenario: Scenario,
  options: BriefOptions,
): Promise<string> {
  if (typeof Worker === 'undefined') return buildBrief(scenario, options);
  const worker = new Worker(new URL('./briefWorker.ts', import.meta.url), {
    type: 'module',
    name: 'lightbench-brief',
  });
  try {
    return await Comlink.wrap<BriefWorkerApi>(worker).build(scenario, options);
  } finally {
    worker.terminate();
  }
}
