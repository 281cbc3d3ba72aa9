import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/**
 * The workload view's state beside the document (imports in progress, choices of the view). What
 * belongs in the file lives in `scenario.workload`, changed through setScenarioSection (undoable).
 */
export type WorkloadSlice = Record<never, never>;

export const createWorkloadSlice = (): StateCreator<AppState, [], [], WorkloadSlice> => () => ({});
