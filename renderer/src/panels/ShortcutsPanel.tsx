import { Fragment } from 'react';
import { isMacPlatform, SHORTCUTS, shortcutKeys } from '../app/shortcuts';
import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

/** Help → Keyboard Shortcuts, generated from the table the key handler uses. */
export function ShortcutsPanel() {
  const closePanel = useAppStore((state) => state.closePanel);
  const mac = isMacPlatform();
  return (
    <Dialog title="Keyboard shortcuts" onClose={closePanel} testId="shortcuts-panel">
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => {
            const keys = shortcutKeys(shortcut, mac);
            return (
              <tr key={keys.join('+')}>
                <td>
                  {keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 ? '+' : null}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{shortcut.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="dialog-note">
        Undo and redo act on the scenario; inside a text box they undo your typing instead.
      </p>
    </Dialog>
  );
}
