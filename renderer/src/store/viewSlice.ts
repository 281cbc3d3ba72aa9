import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

/** The views of the middle pane, in tab order (views/registry.ts gives each its component). */
export const VIEW_IDS = [
  'link',
  'signal',
  'compare',
  'package3d',
  'fabric',
  'workload',
  'sweep',
  'trade-space',
  'sensitivity',
  'scorecard',
  'suppliers',
  'roadmap',
  'fleet',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export type Theme = 'light' | 'dark';

/** The help panels shown over the workspace. */
export type Panel = 'methods' | 'shortcuts' | 'about';

export interface ViewSlice {
  activeViewId: ViewId;
  showView(viewId: ViewId): void;
  theme: Theme;
  toggleTheme(): void;
  panel: Panel | null;
  /** The Methods entry to scroll to when the Methods panel opens. */
  methodId: string | null;
  showPanel(panel: Panel, methodId?: string): void;
  closePanel(): void;
}

export const createViewSlice =
  (theme: Theme): StateCreator<AppState, [], [], ViewSlice> =>
  (set, get) => ({
    activeViewId: 'link',
    showView(viewId) {
      set({ activeViewId: viewId });
    },
    theme,
    toggleTheme() {
      set({ theme: get().theme === 'light' ? 'dark' : 'light' });
    },
    panel: null,
    methodId: null,
    showPanel(panel, methodId) {
      set({ panel, methodId: methodId ?? null });
    },
    closePanel() {
      set({ panel: null, methodId: null });
    },
  });
