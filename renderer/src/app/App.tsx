import { DesignList } from '../components/DesignList';
import { ParameterInspector } from '../components/inspector/ParameterInspector';
import { useAppStore } from '../store/StoreProvider';
import { VIEWS } from '../views/registry';
import { Header } from './Header';

function ActiveView() {
  const activeViewId = useAppStore((state) => state.activeViewId);
  const entry = VIEWS.find((view) => view.id === activeViewId) ?? VIEWS[0];
  if (entry === undefined) return null;
  return <entry.Component />;
}

/** The frame: header, designs on the left, the active view in the middle, the inspector right. */
export function App() {
  return (
    <div className="app">
      <Header />
      <aside className="pane pane-left">
        <DesignList />
      </aside>
      <main className="pane pane-main">
        <ActiveView />
      </main>
      <aside className="pane pane-right" aria-label="Parameters">
        <h2 className="pane-title">Parameters</h2>
        <ParameterInspector />
      </aside>
    </div>
  );
}
