import { createContext, useContext } from 'react';
import type { ExplorerApi } from './explorerApi.ts';

export const ApiContext = createContext<ExplorerApi | null>(null);

/** The API the panels talk to; tests provide the fixture API through the same context. */
export function useApi(): ExplorerApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it (see main.tsx).');
  return api;
}
