/**
 * The authoring mode's server state, through the app's query cache: the
 * article documents (drafts included), one document, its history, and the
 * known entities for suggestions. A change (edit, publish, revert) answers
 * with the new document, which replaces the cached one; once an article is
 * published its changes also change the shared graph, so the explorer's
 * own cached reads are marked stale.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from '../../api/http.ts';
import type { ArticleChangeResultDto, ArticleDocumentDto } from '../../api/types.ts';
import type { AuthoringApi } from './authoringApi.ts';

export const authoringKeys = {
  all: ['authoring'] as const,
  documents: ['authoring', 'documents'] as const,
  document: (id: string) => ['authoring', 'document', id] as const,
  history: (id: string) => ['authoring', 'history', id] as const,
  known: ['authoring', 'known'] as const,
};

/** Answers that change while the mode is open: read again whenever they are shown anew. */
const live = { staleTime: 0 } as const;

export function useDocuments(api: AuthoringApi) {
  return useQuery({
    queryKey: authoringKeys.documents,
    queryFn: ({ signal }) => api.documents(signal),
    ...live,
  });
}

export function useDocument(api: AuthoringApi, id: string | null) {
  return useQuery({
    queryKey: authoringKeys.document(id ?? ''),
    queryFn: ({ signal }) => api.document(id ?? '', signal),
    enabled: id !== null,
    ...live,
  });
}

export function useHistory(api: AuthoringApi, id: string, enabled: boolean) {
  return useQuery({
    queryKey: authoringKeys.history(id),
    queryFn: ({ signal }) => api.history(id, signal),
    enabled,
    ...live,
  });
}

export function useKnownEntities(api: AuthoringApi) {
  return useQuery({
    queryKey: authoringKeys.known,
    queryFn: ({ signal }) => api.knownEntities(signal),
    ...live,
  });
}

/** What a form gets back from sending a change: the result, or the server's error kept whole. */
export type ChangeOutcome =
  { ok: true; result: ArticleChangeResultDto } | { ok: false; error: ApiError };

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
}

/** Puts a document the server answered into the cache, and marks what it changed as stale. */
export function useDocumentWritten() {
  const client = useQueryClient();
  return useCallback(
    async (article: ArticleDocumentDto) => {
      client.setQueryData(authoringKeys.document(article.id), article);
      await client.invalidateQueries({ queryKey: authoringKeys.history(article.id) });
      await client.invalidateQueries({ queryKey: authoringKeys.documents });
      if (article.status === 'published') {
        // The shared graph changed: every explorer read (articles, nodes, relationships) may be old.
        await client.invalidateQueries({
          predicate: (query) => !['authoring', 'capabilities'].includes(String(query.queryKey[0])),
        });
        await client.invalidateQueries({ queryKey: authoringKeys.known });
      }
    },
    [client],
  );
}

/**
 * Sends one change of `document` at the version this page read. The
 * caller (a form) keeps its fields and shows the error beside them.
 */
export function useChange(document: ArticleDocumentDto) {
  const written = useDocumentWritten();
  return useCallback(
    async (
      send: (id: string, version: number) => Promise<ArticleChangeResultDto>,
    ): Promise<ChangeOutcome> => {
      try {
        const result = await send(document.id, document.version);
        await written(result.article);
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },
    [document.id, document.version, written],
  );
}

/** Reads the document again (after a VERSION_CONFLICT): the form keeps what was typed. */
export function useReloadDocument() {
  const client = useQueryClient();
  return useCallback(
    (id: string) => client.invalidateQueries({ queryKey: authoringKeys.document(id) }),
    [client],
  );
}
