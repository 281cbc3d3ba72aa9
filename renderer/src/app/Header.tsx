import { useEffect } from 'react';
import { baseName } from '../store/documentSlice';
import { useAppStore } from '../store/StoreProvider';
import { VIEW_GROUP_LABELS, VIEWS } from '../views/registry';
import type { ViewGroup } from '../views/registry';

const VIEW_GROUPS: readonly ViewGroup[] = ['design', 'cluster', 'explore', 'program'];
import { Toolbar } from './Toolbar';

/** How long an info notice stays before it fades on its own. */
const NOTICE_MS = 6000;

/** A passing status message ("Saved x.json"); errors open a dialog instead (panels/). */
function NoticeBar() {
  const notice = useAppStore((state) => state.notice);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);
  if (notice?.kind !== 'info') return null;
  return (
    <div className="notice" role="status" data-testid="file-notice">
      <span>{notice.message}</span>
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

/** App name, the scenario with its file and dirty state, and the toolbar. */
export function Header() {
  const scenarioName = useAppStore((state) => state.scenario.name);
  const filePath = useAppStore((state) => state.filePath);
  const dirty = useAppStore((state) => state.dirty);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Lightbench</span>
      </div>
      <div className="scenario-title" data-testid="scenario-title">
        <span className="scenario-name" title={scenarioName}>
          {scenarioName}
        </span>
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
      <Toolbar />
      <NoticeBar />
    </header>
  );
}

/** The middle pane's view tabs. */
export function ViewTabs() {
  const activeViewId = useAppStore((state) => state.activeViewId);
  const showView = useAppStore((state) => state.showView);
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEW_GROUPS.map((group) => (
        <div key={group} className="tab-group" role="group" aria-label={VIEW_GROUP_LABELS[group]}>
          <span className="tab-group-label" aria-hidden="true">
            {VIEW_GROUP_LABELS[group]}
          </span>
          {VIEWS.filter((view) => view.group === group).map((view) => (
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
        </div>
      ))}
    </nav>
  );
}
