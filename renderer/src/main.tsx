import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bindHost, bindKeyboard } from './app/hostBindings';
import { firstRunScenario } from './app/firstRunScenario';
import { bindTheme, storedTheme } from './app/theme';
import { getHost } from './host/getHost';
import { bindAutosave } from './store/autosave';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import './styles.css';

const host = getHost();
const store = createAppStore({
  scenario: firstRunScenario(),
  host,
  theme: storedTheme(),
  confirmDiscard: (message) => window.confirm(message),
});
bindTheme(store);
bindHost(store, host);
bindKeyboard(store, host);
bindAutosave(store, host);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

// Work left by a session that did not end cleanly is offered first; else the example stays.
void store.getState().checkRecovery();
void store.getState().refreshRecentFiles();
