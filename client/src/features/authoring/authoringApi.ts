/**
 * The authoring API (docs/authoring.md) as the reader's authoring mode
 * calls it. Reads send the token too: drafts exist only for writers. It
 * lives in the authoring chunk, so the first visit does not load it.
 */
import { queryString, requestJson } from '../../api/http.ts';
import type {
  ArticleChangeResultDto,
  ArticleDocumentDto,
  ArticleDocumentSummaryDto,
  ArticleEditInput,
  ArticleHistoryDto,
  EntityGraphDto,
  MergeInput,
  MergePlanDto,
  MergePreviewInput,
  MergeResultDto,
  MergeRevertResultDto,
  NeighboursDto,
  SearchResultDto,
} from '../../api/types.ts';

/** What the import dialog sends: plain text or an HTML page, never both. */
export interface ImportRequest {
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
  url?: string;
  text?: string;
  html?: string;
}

/** An edit as sent: the input side of the schema, where createEntity's `as` may be left out. */
export type EditRequest = ArticleEditInput;

export interface AuthoringApi {
  documents: (signal?: AbortSignal) => Promise<ArticleDocumentSummaryDto[]>;
  document: (id: string, signal?: AbortSignal) => Promise<ArticleDocumentDto>;
  history: (id: string, signal?: AbortSignal) => Promise<ArticleHistoryDto>;
  importArticle: (request: ImportRequest) => Promise<ArticleDocumentDto>;
  edit: (id: string, expectedVersion: number, edit: EditRequest) => Promise<ArticleChangeResultDto>;
  publish: (id: string, expectedVersion: number) => Promise<ArticleChangeResultDto>;
  revert: (id: string, expectedVersion: number, version: number) => Promise<ArticleChangeResultDto>;
  /** The published graph's entities, with their aliases: what suggestions look for. */
  knownEntities: (signal?: AbortSignal) => Promise<EntityGraphDto>;
  search: (text: string, limit: number, signal?: AbortSignal) => Promise<SearchResultDto>;
  /** An entity's relationships in the published graph, to pick one for a second quote. */
  neighbours: (entityId: string, signal?: AbortSignal) => Promise<NeighboursDto>;
  /** What merging one entity into another would change; nothing is written. */
  previewMerge: (request: MergePreviewInput, signal?: AbortSignal) => Promise<MergePlanDto>;
  merge: (request: MergeInput) => Promise<MergeResultDto>;
  revertMerge: (mergeId: string) => Promise<MergeRevertResultDto>;
}

const enc = encodeURIComponent;

export function createAuthoringApi(baseUrl: string, getToken: () => string): AuthoringApi {
  const token = () => getToken().trim() || null;
  const get = <T>(path: string, signal?: AbortSignal) =>
    requestJson<T>(baseUrl, path, { signal, token: token() });
  const post = <T>(path: string, body: unknown, signal?: AbortSignal) =>
    requestJson<T>(baseUrl, path, { method: 'POST', body, token: token(), signal });
  return {
    documents: (signal) => get('/authoring/articles', signal),
    document: (id, signal) => get(`/articles/${enc(id)}/document`, signal),
    history: (id, signal) => get(`/articles/${enc(id)}/history`, signal),
    importArticle: (request) => post('/articles', request),
    edit: (id, expectedVersion, edit) =>
      post(`/articles/${enc(id)}/edits`, { expectedVersion, edit }),
    publish: (id, expectedVersion) => post(`/articles/${enc(id)}/publish`, { expectedVersion }),
    revert: (id, expectedVersion, version) =>
      post(`/articles/${enc(id)}/revert`, { expectedVersion, version }),
    knownEntities: (signal) => get('/graph/overview', signal),
    search: (text, limit, signal) => get(`/search${queryString({ q: text, limit })}`, signal),
    neighbours: (entityId, signal) =>
      get(`/nodes/${enc(entityId)}/neighbors${queryString({ limit: 200 })}`, signal),
    previewMerge: (request, signal) => post('/entities/merge/preview', request, signal),
    merge: (request) => post('/entities/merge', request),
    revertMerge: (mergeId) => post(`/merges/${enc(mergeId)}/revert`, {}),
  };
}
