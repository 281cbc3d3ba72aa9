import type { StoreApi } from 'zustand/vanilla';
import type { StateCreator } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import type { Scenario } from '../../../core';
import type { AppState } from './appState';

/** What undo and redo restore: the scenario only, never the selection, the view or results. */
export interface HistoryState {
  readonly scenario: Scenario;
}

export type HistoryStore = StoreApi<TemporalState<HistoryState>>;

/** Steps kept; the oldest is dropped beyond this. */
export const HISTORY_LIMIT = 200;

/** zundo options: one step per replaced scenario object (edits never mutate in place). */
export const HISTORY_OPTIONS = {
  partialize: (state: AppState): HistoryState => ({ scenario: state.scenario }),
  equality: (past: HistoryState, current: HistoryState) => past.scenario === current.scenario,
  limit: HISTORY_LIMIT,
};

export interface HistorySlice {
  undo(): void;
  redo(): void;
  /** Forgets every step (a new file was opened or recovered). */
  clearHistory(): void;
}

/** Keeps the selection on a design that exists after the scenario was swapped under it. */
function repairSelection(state: AppState): Partial<AppState> | null {
  const { designs } = state.scenario;
  if (designs.some((design) => design.id === state.selectedDesignId)) return null;
  return { selectedDesignId: designs[0]?.id ?? null };
}

export const createHistorySlice =
  (history: () => HistoryStore): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => ({
    undo() {
      history().getState().undo();
      const repair = repairSelection(get());
      if (repair !== null) set(repair);
    },
    redo() {
      history().getState().redo();
      const repair = repairSelection(get());
      if (repair !== null) set(repair);
    },
    clearHistory() {
      history().getState().clear();
    },
  });
