import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext.tsx';
import { createHttpApi } from './api/explorerApi.ts';
import { createFixtureApi } from './api/fixtureApi.ts';
import { App } from './App.tsx';
import { WRITE_TOKEN_KEY } from './app/useWriteToken.ts';
import './styles.css';

// `?fixtures` runs the UI on built-in sample data, for work on the client without a server.
const useFixtures = new URLSearchParams(window.location.search).has('fixtures');
const api = useFixtures
  ? createFixtureApi()
  : createHttpApi('/api', () => sessionStorage.getItem(WRITE_TOKEN_KEY));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
