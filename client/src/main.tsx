import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext.tsx';
import { createHttpApi, type ExplorerApi } from './api/explorerApi.ts';
import { App } from './App.tsx';
import { WRITE_TOKEN_KEY } from './app/useWriteToken.ts';
import './styles.css';

/**
 * The real API; or, on the dev server only (`npm run dev -w client`, then
 * `?fixtures`), the built-in sample data, for work on the client without a
 * server. `import.meta.env.DEV` is false in a production build, so the
 * bundler drops this branch and the fixture is in no production chunk
 * (tests/integration/build/production-bundle.test.ts checks it).
 */
async function chooseApi(): Promise<ExplorerApi> {
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('fixtures')) {
    const { createFixtureApi } = await import('./api/fixtureApi.ts');
    return createFixtureApi();
  }
  return createHttpApi('/api', () => sessionStorage.getItem(WRITE_TOKEN_KEY));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
void chooseApi().then((api) => {
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
});
