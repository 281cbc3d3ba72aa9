import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../core/host/contract';
import type { Scenario } from '../../../core';
import type { AppState } from './appState';
import { createDocumentSlice } from './documentSlice';
import { createExplorationSlice } from './explorationSlice';
import type { SweepRunner } from '../workers/sweepJob';
import { createWorkerRunner } from '../workers/workerRunner';
import { createScenarioSlice } from './scenarioSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  readonly scenario: Scenario;
  readonly host: HostApi;
  /** Where sweeps run; a pool of Web Workers (started on first use) unless given. */
  readonly sweepRunner?: SweepRunner;
}

/**
 * One vanilla store made of slices. A factory rather than a module singleton, so each test and
 * each window gets its own store, and tests run in Node without React.
 */
export function createAppStore({ scenario, host, sweepRunner }: AppStoreOptions): AppStore {
  let runner = sweepRunner;
  const sweepRunnerOf = () => (runner ??= createWorkerRunner());
  return createStore<AppState>()((...args) => ({
    ...createScenarioSlice(scenario)(...args),
    ...createSelectionSlice(scenario.designs[0]?.id ?? null)(...args),
    ...createDocumentSlice(host)(...args),
    ...createViewSlice(...args),
    ...createExplorationSlice(sweepRunnerOf)(...args),
  }));
}
