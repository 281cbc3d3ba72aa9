import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/**
 * The roadmap view's state beside the document (imports in progress, choices of the view). What
 * belongs in the file lives in `scenario.roadmap`, changed through setScenarioSection (undoable).
 */
export type RoadmapSlice = Record<never, never>;

export const createRoadmapSlice = (): StateCreator<AppState, [], [], RoadmapSlice> => () => ({});
