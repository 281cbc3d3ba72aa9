import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bindHost } from './app/hostBindings';
import { firstRunScenario } from './app/firstRunScenario';
import { getHost } from './host/getHost';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import './styles.css';

const host = getHost();
const store = createAppStore({ scenario: firstRunScenario(), host });
bindHost(store, host);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
