import { keepPreviousData, QueryClient, queryOptions } from '@tanstack/react-query';
import type { ExplorerApi } from './explorerApi.ts';

/**
 * The cache key of every resource the panels read. Two panels that show
 * the same resource share one entry, so it is fetched once per visit; a
 * write names the key it makes stale.
 */
export const queryKeys = {
  articles: ['articles'] as const,
  /** Keyed by the typed token: the answer says whether that token may edit articles. */
  capabilities: (token: string) => ['capabilities', token] as const,
  article: (id: string) => ['article', id] as const,
  node: (id: string) => ['node', id] as const,
  relationship: (id: string) => ['relationship', id] as const,
  schema: ['schema'] as const,
  savedQueries: ['saved-queries'] as const,
  search: (text: string, limit: number) => ['search', text, limit] as const,
};

/*
 * One options object per resource. The graph does not change while the
 * app is open (the API writes only saved queries), so what has been read
 * stays fresh for the visit: the client's defaults below say so once.
 */

/**
 * What the server allows (access mode, token rules, limits, and whether the
 * token sent may edit articles). The previous answer stays while a new
 * token is checked, so the access badge does not flicker as one is typed.
 */
export const capabilitiesQuery = (api: ExplorerApi, token: string) =>
  queryOptions({
    queryKey: queryKeys.capabilities(token),
    queryFn: ({ signal }) => api.capabilities(signal),
    placeholderData: keepPreviousData,
  });

export const articlesQuery = (api: ExplorerApi) =>
  queryOptions({ queryKey: queryKeys.articles, queryFn: ({ signal }) => api.articles(signal) });

export const articleQuery = (api: ExplorerApi, id: string) =>
  queryOptions({
    queryKey: queryKeys.article(id),
    queryFn: ({ signal }) => api.article(id, signal),
  });

export const nodeDetailsQuery = (api: ExplorerApi, id: string) =>
  queryOptions({ queryKey: queryKeys.node(id), queryFn: ({ signal }) => api.node(id, signal) });

export const relationshipQuery = (api: ExplorerApi, id: string) =>
  queryOptions({
    queryKey: queryKeys.relationship(id),
    queryFn: ({ signal }) => api.relationship(id, signal),
  });

export const schemaQuery = (api: ExplorerApi) =>
  queryOptions({ queryKey: queryKeys.schema, queryFn: ({ signal }) => api.schema(signal) });

/** Saved queries are shared by every user: read again whenever the panel that lists them mounts. */
export const savedQueriesQuery = (api: ExplorerApi) =>
  queryOptions({
    queryKey: queryKeys.savedQueries,
    queryFn: ({ signal }) => api.savedQueries(signal),
    staleTime: 0,
  });

export const searchQuery = (api: ExplorerApi, text: string, limit: number) =>
  queryOptions({
    queryKey: queryKeys.search(text, limit),
    queryFn: ({ signal }) => api.search(text, limit, signal),
  });

/**
 * The cache for one app. No retries (a panel shows the error at once, and a
 * 404 will not heal) and no refetch on focus or reconnect (nothing changed).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
