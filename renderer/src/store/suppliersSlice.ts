import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/**
 * The suppliers view's state beside the document (imports in progress, choices of the view). What
 * belongs in the file lives in `scenario.suppliers`, changed through setScenarioSection (undoable).
 */
export type SuppliersSlice = Record<never, never>;

export const createSuppliersSlice =
  (): StateCreator<AppState, [], [], SuppliersSlice> => () => ({});
