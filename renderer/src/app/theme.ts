import type { AppStore } from '../store/createAppStore';
import type { Theme } from '../store/viewSlice';

export const THEME_KEY = 'lightbench:theme';

/** The theme chosen last time, else the system's preference. */
export function storedTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // storage blocked: fall through to the system preference
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches === true ? 'dark' : 'light';
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

/** Puts the store's theme on <html data-theme> (styles.css switches variables) and keeps it. */
export function bindTheme(store: AppStore): () => void {
  applyTheme(store.getState().theme);
  return store.subscribe((state, previous) => {
    if (state.theme === previous.theme) return;
    applyTheme(state.theme);
    try {
      window.localStorage.setItem(THEME_KEY, state.theme);
    } catch {
      // not kept: the next start follows the system preference again
    }
  });
}
