import type { HostApi } from '../../../core/host/contract';
import type { AppStore } from '../store/createAppStore';
import { baseName } from '../store/documentSlice';

/** The desktop host's menu: optional, since a browser has no native menu. */
interface MenuHost {
  onMenuCommand(listener: (command: string) => void): () => void;
}

function hasMenu(host: HostApi): host is HostApi & MenuHost {
  return typeof (host as Partial<MenuHost>).onMenuCommand === 'function';
}

export function windowTitle(scenarioName: string, filePath: string | null, dirty: boolean): string {
  const file = filePath === null ? scenarioName : baseName(filePath);
  return `${dirty ? '• ' : ''}${file} — Lightbench`;
}

/**
 * Connects the store to the host: the window title follows the file and its dirty state, unsaved
 * work blocks closing (the desktop shell then asks the user), and menu commands run store actions.
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

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.getState().dirty) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);

  const unsubscribeMenu = hasMenu(host)
    ? host.onMenuCommand((command) => {
        const state = store.getState();
        if (command === 'file.open') void state.openFile();
        if (command === 'file.save') void state.saveFile();
        if (command === 'file.save-as') void state.saveFile({ saveAs: true });
      })
    : () => undefined;

  return () => {
    unsubscribeTitle();
    unsubscribeMenu();
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
