import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useCapabilities } from '../api/resources.ts';
import { useDebouncedValue } from '../features/search/useDebouncedValue.ts';
import { accessFor, type Access } from '../domain/access.ts';

// Without a provider (unit tests of one panel) nothing is refused: the server decides.
const AccessContext = createContext<Access>(accessFor(null, ''));

/** What this user may do, from the server's capabilities and the token typed in this tab. */
export function AccessProvider({ token, children }: { token: string; children: ReactNode }) {
  // Asked again once typing pauses: the server checks the token, not the client.
  const settled = useDebouncedValue(token.trim(), 400);
  const capabilities = useCapabilities(settled);
  const known = capabilities.status === 'ready' ? capabilities.data : null;
  const access = useMemo(() => accessFor(known, token), [known, token]);
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export function useAccess(): Access {
  return useContext(AccessContext);
}
