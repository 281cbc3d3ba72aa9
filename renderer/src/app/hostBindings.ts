import type { HostApi } from '../../../core/host/contract';
import type { AppStore } from '../store/createAppStore';
import { baseName } from '../store/documentSlice';
import { isTextEntry, runCommand } from './commands';
import { isMacPlatform, shortcutFor } from './shortcuts';

export function windowTitle(scenarioName: string, filePath: string | null, dirty: boolean): string {
  const file = filePath === null ? scenarioName : baseName(filePath);
  return `${dirty ? '• ' : ''}${file} — Lightbench`;
}

/**
 * Connects the store to the host: the window title follows the file and its dirty state, the host
 * hears every dirty change (so closing the window asks first), and menu commands run.
 * Returns a function that undoes all of it.
 */
export function bindHost(store: AppStore, host: HostApi): () => void {
  let lastTitle = '';
  const syncTitle = () => {
    const { scenario, filePath, dirty } = store.getState();
    const title = windowTitle(scenario.name, filePath, dirty);
    if (title !== lastTitle) {
      lastTitle = title;
      void host.setTitle(title);
    }
  };
  syncTitle();
  const unsubscribeTitle = store.subscribe(syncTitle);

  void host.setDirty(store.getState().dirty);
  const unsubscribeDirty = store.subscribe((state, previous) => {
    if (state.dirty !== previous.dirty) void host.setDirty(state.dirty);
  });

  const unsubscribeMenu =
    host.onMenuCommand?.((command) => runCommand(store, command)) ?? (() => undefined);

  return () => {
    unsubscribeTitle();
    unsubscribeDirty();
    unsubscribeMenu();
  };
}

/**
 * The keyboard shortcuts (shortcuts.ts). In the desktop app the menu's accelerators deliver
 * their own commands, so only the keys the menu lacks are handled here.
 */
export function bindKeyboard(store: AppStore, host: HostApi): () => void {
  const mac = isMacPlatform();
  const hasMenu = host.onMenuCommand !== undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const shortcut = shortcutFor(event, mac);
    if (shortcut === undefined || (hasMenu && shortcut.inNativeMenu)) return;
    if (shortcut.notInTextFields === true && isTextEntry(document.activeElement)) return;
    // A modal dialog owns the keyboard, except for closing itself.
    if (document.querySelector('dialog[open]') !== null) return;
    event.preventDefault();
    runCommand(store, shortcut.command);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
