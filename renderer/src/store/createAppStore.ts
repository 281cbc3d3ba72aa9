import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { StateCreator, StoreApi, StoreMutatorIdentifier } from 'zustand/vanilla';
import type { HostApi } from '../../../core/host/contract';
import type { Scenario } from '../../../core';
import type { AppState } from './appState';
import { createDocumentSlice } from './documentSlice';
import type { ConfirmDiscard } from './documentSlice';
import { createExchangeSlice } from './exchangeSlice';
import { createExplorationSlice } from './explorationSlice';
import { createHistorySlice, HISTORY_OPTIONS } from './historySlice';
import type { HistoryStore } from './historySlice';
import type { SweepRunner } from '../workers/sweepJob';
import { createWorkerRunner } from '../workers/workerRunner';
import { createScenarioSlice } from './scenarioSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';
import type { Theme } from './viewSlice';
import { createSuppliersSlice } from './suppliersSlice';
import { createRoadmapSlice } from './roadmapSlice';
import { createFleetSlice } from './fleetSlice';
import { createWorkloadSlice } from './workloadSlice';

/** The app store, with zundo's history of the scenario beside it. */
export type AppStore = StoreApi<AppState> & { readonly temporal: HistoryStore };

export interface AppStoreOptions {
  readonly scenario: Scenario;
  readonly host: HostApi;
  /** Where sweeps run; a pool of Web Workers (started on first use) unless given. */
  readonly sweepRunner?: SweepRunner;
  readonly theme?: Theme;
  /** Asked before unsaved changes are replaced by another file; yes unless given. */
  readonly confirmDiscard?: ConfirmDiscard;
  /** The clock (the brief's date); the real one unless given. */
  readonly now?: () => Date;
}

/**
 * Keeps `dirty` true exactly while the scenario is not the saved one, computed in the same update
 * as the change (edits, undo, redo, open, save), so an undo back to the saved state is clean.
 * Outside zundo's middleware, so its undo and redo pass through here too.
 */
function derivingDirty<Mcs extends [StoreMutatorIdentifier, unknown][]>(
  config: StateCreator<AppState, [], Mcs>,
): StateCreator<AppState, [], Mcs> {
  return (set, get, api) => {
    const derived = (partial: unknown, replace?: boolean) => {
      const current = get();
      const change = (typeof partial === 'function' ? partial(current) : partial) as
        Partial<AppState> | AppState;
      const scenario = change.scenario ?? current.scenario;
      const saved = 'savedScenario' in change ? change.savedScenario : current.savedScenario;
      const dirty = scenario !== saved;
      const next =
        dirty === current.dirty && change.dirty === undefined ? change : { ...change, dirty };
      if (replace === true) set(next as AppState, true);
      else set(next);
    };
    return config(derived as typeof set, get, api);
  };
}

/**
 * One vanilla store made of slices. A factory rather than a module singleton, so each test and
 * each window gets its own store, and tests run in Node without React. Undo/redo: zundo's
 * temporal middleware, tracking the scenario alone (see historySlice).
 */
export function createAppStore({
  scenario,
  host,
  sweepRunner,
  theme = 'light',
  confirmDiscard = () => true,
  now = () => new Date(),
}: AppStoreOptions): AppStore {
  let runner = sweepRunner;
  const sweepRunnerOf = () => (runner ??= createWorkerRunner());
  // The history store exists once createStore returns; the slices only reach it from actions.
  let history: HistoryStore | null = null;
  const historyOf = () => {
    if (history === null) throw new Error('the history is not ready');
    return history;
  };
  const store: AppStore = createStore<AppState>()(
    derivingDirty(
      temporal(
        (...args) => ({
          ...createScenarioSlice(scenario)(...args),
          ...createHistorySlice(historyOf)(...args),
          ...createSelectionSlice(scenario.designs[0]?.id ?? null)(...args),
          ...createDocumentSlice(host, scenario, confirmDiscard)(...args),
          ...createExchangeSlice(host, now)(...args),
          ...createViewSlice(theme)(...args),
          ...createExplorationSlice(sweepRunnerOf)(...args),
          ...createSuppliersSlice()(...args),
          ...createRoadmapSlice()(...args),
          ...createFleetSlice()(...args),
          ...createWorkloadSlice()(...args),
        }),
        HISTORY_OPTIONS,
      ),
    ),
  );
  history = store.temporal;
  return store;
}
