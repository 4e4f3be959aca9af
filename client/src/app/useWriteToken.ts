import { useCallback, useState } from 'react';

/** Where the saved-query write token is kept for this tab; the HTTP API reads it on each write. */
export const WRITE_TOKEN_KEY = 'newsgraph.writeToken';

/** The write token typed in the queries panel, remembered for the tab (never in the URL). */
export function useWriteToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(() => sessionStorage.getItem(WRITE_TOKEN_KEY) ?? '');
  const change = useCallback((next: string) => {
    setToken(next);
    sessionStorage.setItem(WRITE_TOKEN_KEY, next);
  }, []);
  return [token, change];
}
