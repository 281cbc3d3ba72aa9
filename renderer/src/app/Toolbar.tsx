import type { MenuCommand } from '../../../core/host/contract';
import { MenuButton } from '../components/MenuButton';
import { baseName } from '../store/documentSlice';
import { useAppStore, useAppStoreApi, useHistory } from '../store/StoreProvider';
import { runCommand } from './commands';
import { isMacPlatform, SHORTCUTS, shortcutKeys } from './shortcuts';

const MAC = isMacPlatform();

/** " (Ctrl+S)" for a command's first shortcut, for tooltips and menu hints. */
function keysOf(command: MenuCommand): string {
  const shortcut = SHORTCUTS.find((entry) => entry.command === command);
  return shortcut === undefined ? '' : shortcutKeys(shortcut, MAC).join(MAC ? '' : '+');
}

function withKeys(label: string, command: MenuCommand): string {
  const keys = keysOf(command);
  return keys === '' ? label : `${label} (${keys})`;
}

/** File, edit, export and help actions; every button names itself for assistive technology. */
export function Toolbar() {
  const store = useAppStoreApi();
  const run = (command: MenuCommand) => () => runCommand(store, command);
  const recentFiles = useAppStore((state) => state.recentFiles);
  const openRecent = useAppStore((state) => state.openRecent);
  const refreshRecentFiles = useAppStore((state) => state.refreshRecentFiles);
  const exporting = useAppStore((state) => state.exporting);
  const theme = useAppStore((state) => state.theme);
  const canUndo = useHistory((state) => state.pastStates.length > 0);
  const canRedo = useHistory((state) => state.futureStates.length > 0);

  return (
    <div className="toolbar" role="toolbar" aria-label="File and edit actions">
      <div className="toolbar-group">
        <button
          type="button"
          onClick={run('file.open')}
          title={withKeys('Open a scenario', 'file.open')}
          data-testid="file-open"
        >
          Open…
        </button>
        <MenuButton
          label="Open a recent file"
          testId="file-recent"
          items={recentFiles.map((path) => ({
            label: baseName(path),
            hint: path === baseName(path) ? '' : path,
            onSelect: () => void openRecent(path),
            testId: `recent-${baseName(path)}`,
          }))}
          emptyText="No recent files yet"
          onOpen={() => void refreshRecentFiles()}
        >
          <span aria-hidden="true">▾</span>
        </MenuButton>
        <button
          type="button"
          onClick={run('file.save')}
          title={withKeys('Save', 'file.save')}
          data-testid="file-save"
        >
          Save
        </button>
        <button
          type="button"
          onClick={run('file.save-as')}
          title={withKeys('Save As', 'file.save-as')}
          data-testid="file-save-as"
        >
          Save As…
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button"
          onClick={run('edit.undo')}
          disabled={!canUndo}
          aria-label="Undo"
          title={withKeys('Undo', 'edit.undo')}
          data-testid="edit-undo"
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={run('edit.redo')}
          disabled={!canRedo}
          aria-label="Redo"
          title={withKeys('Redo', 'edit.redo')}
          data-testid="edit-redo"
        >
          <span aria-hidden="true">↷</span>
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          onClick={run('file.import-csv')}
          title="Import supplier datasheets (CSV) as new designs"
          data-testid="file-import-csv"
        >
          Import CSV…
        </button>
        <MenuButton
          label={exporting === null ? 'Export the trade-off brief' : 'Building the brief…'}
          testId="file-export"
          disabled={exporting !== null}
          items={[
            {
              label: 'Brief as HTML…',
              onSelect: run('file.export-brief'),
              testId: 'export-brief-html',
            },
            {
              label: 'Brief as PDF…',
              onSelect: run('file.export-brief-pdf'),
              testId: 'export-brief-pdf',
            },
          ]}
        >
          {exporting === null ? (
            'Export Brief ▾'
          ) : (
            <>
              <span className="spinner" aria-hidden="true" /> Building…
            </>
          )}
        </MenuButton>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button"
          onClick={run('view.toggle-theme')}
          aria-label={theme === 'light' ? 'Switch to dark theme' : 'Switch to light theme'}
          aria-pressed={theme === 'dark'}
          title={withKeys('Dark theme', 'view.toggle-theme')}
          data-testid="toggle-theme"
        >
          <span aria-hidden="true">{theme === 'light' ? '☾' : '☀'}</span>
        </button>
        <MenuButton
          label="Help"
          testId="help-menu"
          items={[
            {
              label: 'Methods',
              hint: keysOf('help.methods'),
              onSelect: run('help.methods'),
              testId: 'help-methods',
            },
            {
              label: 'Keyboard Shortcuts',
              hint: keysOf('help.shortcuts'),
              onSelect: run('help.shortcuts'),
              testId: 'help-shortcuts',
            },
            { label: 'About Lightbench', onSelect: run('help.about'), testId: 'help-about' },
          ]}
        >
          Help ▾
        </MenuButton>
      </div>
    </div>
  );
}
