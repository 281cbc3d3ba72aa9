import { baseName } from '../store/documentSlice';
import { useAppStore } from '../store/StoreProvider';
import { VIEWS } from '../views/registry';

function FileNoticeBar() {
  const notice = useAppStore((state) => state.notice);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  if (notice === null) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="file-notice"
    >
      <span>{notice.message}</span>
      {notice.kind === 'error' && notice.issues.length > 0 ? (
        <ul className="notice-issues">
          {notice.issues.slice(0, 8).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || '(file)'}</code> {issue.message}
            </li>
          ))}
          {notice.issues.length > 8 ? <li>… and {notice.issues.length - 8} more</li> : null}
        </ul>
      ) : null}
      <button
        type="button"
        className="small ghost"
        aria-label="Dismiss message"
        onClick={dismissNotice}
      >
        ×
      </button>
    </div>
  );
}

/** App name, the scenario and its file actions, and the view tabs. */
export function Header() {
  const scenarioName = useAppStore((state) => state.scenario.name);
  const filePath = useAppStore((state) => state.filePath);
  const dirty = useAppStore((state) => state.dirty);
  const openFile = useAppStore((state) => state.openFile);
  const saveFile = useAppStore((state) => state.saveFile);
  const activeViewId = useAppStore((state) => state.activeViewId);
  const showView = useAppStore((state) => state.showView);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Lightbench</span>
      </div>
      <div className="scenario-title" data-testid="scenario-title">
        <span className="scenario-name">{scenarioName}</span>
        <span className="scenario-file">
          {filePath === null ? 'built-in example' : baseName(filePath)}
          {dirty ? (
            <span className="dirty-mark" title="Unsaved changes">
              {' '}
              • edited
            </span>
          ) : null}
        </span>
      </div>
      <nav className="view-tabs" aria-label="Views">
        {VIEWS.map((view) => (
          <button
            key={view.id}
            type="button"
            className={view.id === activeViewId ? 'tab active' : 'tab'}
            aria-current={view.id === activeViewId ? 'page' : undefined}
            onClick={() => showView(view.id)}
          >
            {view.label}
          </button>
        ))}
      </nav>
      <div className="file-actions">
        <button type="button" onClick={() => void openFile()} data-testid="file-open">
          Open…
        </button>
        <button type="button" onClick={() => void saveFile()} data-testid="file-save">
          Save
        </button>
      </div>
      <FileNoticeBar />
    </header>
  );
}
