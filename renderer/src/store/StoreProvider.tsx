import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { AppState } from './appState';
import type { AppStore } from './createAppStore';
import type { HistoryState } from './historySlice';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** The store itself, for code that runs commands rather than reading state. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useAppStore needs a <StoreProvider> above it');
  return store;
}

/** Selects a narrow slice of the app state; the component re-renders only when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** Selects from the undo history (zundo's temporal store), e.g. whether there is a step back. */
export function useHistory<T>(selector: (state: TemporalState<HistoryState>) => T): T {
  return useStore(useAppStoreApi().temporal, selector);
}
