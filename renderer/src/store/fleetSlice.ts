import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/**
 * The fleet view's state beside the document (imports in progress, choices of the view). What
 * belongs in the file lives in `scenario.fleet`, changed through setScenarioSection (undoable).
 */
export type FleetSlice = Record<never, never>;

export const createFleetSlice = (): StateCreator<AppState, [], [], FleetSlice> => () => ({});
