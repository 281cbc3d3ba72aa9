import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

export interface SelectionSlice {
  /** The design the inspector edits and single-design views show. */
  selectedDesignId: string | null;
  selectDesign(designId: string): void;
}

export const createSelectionSlice =
  (initialId: string | null): StateCreator<AppState, [], [], SelectionSlice> =>
  (set, get) => ({
    selectedDesignId: initialId,
    selectDesign(designId) {
      // Ignore ids that are not in the scenario so the selection can never dangle.
      if (get().scenario.designs.some((design) => design.id === designId)) {
        set({ selectedDesignId: designId });
      }
    },
  });
