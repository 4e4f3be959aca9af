import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useApi } from './ApiContext.tsx';
import { createQueryClient } from './queryOptions.ts';

/** One cache per API (tests give each app its own fixture API), for everything below it. */
export function QueryLayer({ children }: { children: ReactNode }) {
  const api = useApi();
  // Keyed on the API on purpose: answers of one API must never be served for another.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createQueryClient(), [api]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
