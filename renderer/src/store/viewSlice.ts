import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/** The views of the middle pane; later issues add sweep, trade space, 3D, fabric, brief. */
export const VIEW_IDS = [
  'link',
  'signal',
  'compare',
  'package3d',
  'fabric',
  'sweep',
  'trade-space',
  'sensitivity',
  'scorecard',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewSlice {
  activeViewId: ViewId;
  showView(viewId: ViewId): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  activeViewId: 'link',
  showView(viewId) {
    set({ activeViewId: viewId });
  },
});
