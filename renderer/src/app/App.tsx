import { DesignList } from '../components/DesignList';
import { EmptyWorkspace } from '../components/EmptyWorkspace';
import { ParameterInspector } from '../components/inspector/ParameterInspector';
import { Panels } from '../panels/Panels';
import { useAppStore } from '../store/StoreProvider';
import { VIEWS } from '../views/registry';
import { Header, ViewTabs } from './Header';

function ActiveView() {
  const activeViewId = useAppStore((state) => state.activeViewId);
  const empty = useAppStore((state) => state.scenario.designs.length === 0);
  // Charts read the theme's colours when they draw: a theme change redraws the view.
  const theme = useAppStore((state) => state.theme);
  const entry = VIEWS.find((view) => view.id === activeViewId) ?? VIEWS[0];
  if (entry === undefined) return null;
  return (
    <>
      {empty ? <EmptyWorkspace /> : null}
      <entry.Component key={theme} />
    </>
  );
}

/** The frame: header, designs on the left, the active view in the middle, the inspector right. */
export function App() {
  return (
    <div className="app">
      <Header />
      <aside className="pane pane-left">
        <DesignList />
      </aside>
      <div className="pane-tabs">
        <ViewTabs />
      </div>
      <main className="pane pane-main">
        <ActiveView />
      </main>
      <aside className="pane pane-right" aria-label="Parameters">
        <h2 className="pane-title">Parameters</h2>
        <ParameterInspector />
      </aside>
      <Panels />
    </div>
  );
}
