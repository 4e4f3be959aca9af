import { createContext, useContext, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useExplorer, type Explorer } from './useExplorer.ts';

const ExplorerContext = createContext<Explorer | null>(null);

/** The canvas's state and the actions on it, for every panel that shows or changes it. */
export function ExplorerProvider({ children }: { children: ReactNode }) {
  const explorer = useExplorer(useApi());
  return <ExplorerContext.Provider value={explorer}>{children}</ExplorerContext.Provider>;
}

export function useExplorerContext(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer)
    throw new Error('useExplorerContext() needs an <ExplorerProvider> above it (see App.tsx).');
  return explorer;
}
