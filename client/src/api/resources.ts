import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from './ApiContext.tsx';
import type { ExplorerApi } from './explorerApi.ts';
import {
  articleQuery,
  articlesQuery,
  capabilitiesQuery,
  nodeDetailsQuery,
  queryKeys,
  relationshipQuery,
  savedQueriesQuery,
  schemaQuery,
  searchQuery,
} from './queryOptions.ts';
import type {
  ArticleDto,
  ArticleSummaryDto,
  CapabilitiesDto,
  NodeDetailsDto,
  RelationshipDetailsDto,
  SavedQueryDto,
  SchemaDto,
  SearchResultDto,
} from './types.ts';

/** What a panel needs to know of a resource: nothing to load, loading, its data, or why it failed. */
export type Resource<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** Reads a resource through the shared cache (queryOptions.ts); `enabled: false` reads as idle. */
function useResource<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>): Resource<T> {
  const result = useQuery(options);
  if (result.isSuccess) return { status: 'ready', data: result.data };
  if (result.isError) return { status: 'error', message: result.error.message };
  return options.enabled === false ? { status: 'idle' } : { status: 'loading' };
}

/** The server's capabilities for a caller holding `token` (empty: none typed). */
export function useCapabilities(token: string): Resource<CapabilitiesDto> {
  return useResource(capabilitiesQuery(useApi(), token));
}

export function useArticles(): Resource<ArticleSummaryDto[]> {
  return useResource(articlesQuery(useApi()));
}

/** One article with its sentences; idle while `id` is null (the list has not answered yet). */
export function useArticle(id: string | null): Resource<ArticleDto> {
  return useResource({ ...articleQuery(useApi(), id ?? ''), enabled: id !== null });
}

export function useNodeDetails(id: string): Resource<NodeDetailsDto> {
  return useResource(nodeDetailsQuery(useApi(), id));
}

export function useRelationshipDetails(id: string): Resource<RelationshipDetailsDto> {
  return useResource(relationshipQuery(useApi(), id));
}

export function useSchema(): Resource<SchemaDto> {
  return useResource(schemaQuery(useApi()));
}

export function useSavedQueries(): Resource<SavedQueryDto[]> {
  return useResource(savedQueriesQuery(useApi()));
}

/** Search hits for `text`; idle below two characters, which the server would not search. */
export function useSearch(text: string, limit: number): Resource<SearchResultDto> {
  return useResource({ ...searchQuery(useApi(), text, limit), enabled: text.length >= 2 });
}

/** Marks the saved-query list stale after a write, so every panel that lists it reads it again. */
export function useInvalidateSavedQueries(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ queryKey: queryKeys.savedQueries }),
    [client],
  );
}

/** Node details through the cache, for code that checks ids outside rendering (e.g. before a run). */
export function useNodeLookup(): Pick<ExplorerApi, 'node'> {
  const client = useQueryClient();
  const api = useApi();
  return { node: (id: string) => client.query(nodeDetailsQuery(api, id)) };
}
