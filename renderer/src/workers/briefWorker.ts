/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { buildBrief } from '../../../core';
import type { BriefOptions, Scenario } from '../../../core';

/**
 * The trade-off brief built off the UI thread: the same core buildBrief the CLI calls, which runs
 * every evaluation, the sensitivity and the supplier Monte Carlo (≈ 0.7 s on a large scenario).
 */
const api = {
  build(scenario: Scenario, options: BriefOptions): string {
    return buildBrief(scenario, options);
  },
};

export type BriefWorkerApi = typeof api;

Comlink.expose(api);
