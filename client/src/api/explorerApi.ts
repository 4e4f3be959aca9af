import {
  ApiError,
  fileNameFromDisposition,
  headersFor,
  queryString,
  requestJson,
  toApiError,
} from './http.ts';
import type {
  ArticleDto,
  ArticleSummaryDto,
  CapabilitiesDto,
  CypherResultDto,
  Direction,
  ExportFormat,
  EntityGraphDto,
  HealthDto,
  NeighboursDto,
  NodeDetailsDto,
  EntityRedirectDto,
  PathsDto,
  PeriodGraphDto,
  PropertyValue,
  QueryParameterDto,
  RelationshipDetailsDto,
  RelationshipsAmongDto,
  SavedQueryDto,
  SchemaDto,
  SearchResultDto,
} from './types.ts';

export interface NeighboursRequest {
  nodeId: string;
  type?: string | undefined;
  direction?: Direction | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Relationships among the canvas that touch one of `newIds` (POST /api/relationships/among). */
export interface AmongRequest {
  newIds: string[];
  visibleIds: string[];
  limit: number;
}

export interface SavedQueryInput {
  name: string;
  description: string;
  cypher: string;
  parameters: QueryParameterDto[];
  tags: string[];
}

export interface ExportRequest {
  nodeIds: string[];
  edgeIds?: string[] | undefined;
  format: ExportFormat;
  /** CSV only: prefix ' to text a spreadsheet would run as a formula (changes the values). */
  csvFormulaGuard?: boolean;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export type QueryParams = Record<string, PropertyValue>;

/**
 * Everything the UI asks of the server, one method per use case. Panels
 * depend on this type, so tests and the fixture mode can swap the transport.
 */
export interface ExplorerApi {
  health: (signal?: AbortSignal) => Promise<HealthDto>;
  capabilities: (signal?: AbortSignal) => Promise<CapabilitiesDto>;
  schema: (signal?: AbortSignal) => Promise<SchemaDto>;
  search: (query: string, limit: number, signal?: AbortSignal) => Promise<SearchResultDto>;
  node: (id: string, signal?: AbortSignal) => Promise<NodeDetailsDto>;
  /** Where an entity id leads now: itself, or the entity it was merged into. */
  resolveEntity: (id: string, signal?: AbortSignal) => Promise<EntityRedirectDto>;
  neighbours: (request: NeighboursRequest, signal?: AbortSignal) => Promise<NeighboursDto>;
  relationship: (id: string, signal?: AbortSignal) => Promise<RelationshipDetailsDto>;
  relationshipsAmong: (request: AmongRequest) => Promise<RelationshipsAmongDto>;
  shortestPath: (from: string, to: string, maxHops?: number) => Promise<PathsDto>;
  overview: (signal?: AbortSignal) => Promise<EntityGraphDto>;
  /** Dated relationships of a day range (ends inclusive, null = open), with their endpoints. */
  period: (
    range: { from: string | null; to: string | null },
    signal?: AbortSignal,
  ) => Promise<PeriodGraphDto>;
  articles: (signal?: AbortSignal) => Promise<ArticleSummaryDto[]>;
  article: (id: string, signal?: AbortSignal) => Promise<ArticleDto>;
  savedQueries: (signal?: AbortSignal) => Promise<SavedQueryDto[]>;
  createQuery: (input: SavedQueryInput) => Promise<SavedQueryDto>;
  updateQuery: (id: string, input: SavedQueryInput & { version: number }) => Promise<SavedQueryDto>;
  deleteQuery: (id: string) => Promise<void>;
  runQuery: (id: string, params: QueryParams) => Promise<CypherResultDto>;
  cypher: (query: string, params: QueryParams) => Promise<CypherResultDto>;
  exportGraph: (request: ExportRequest) => Promise<DownloadedFile>;
}

const enc = encodeURIComponent;

/** The real API over fetch. `getToken` is read on each write so a token typed later is used. */
export function createHttpApi(
  baseUrl = '/api',
  getToken: () => string | null = () => null,
): ExplorerApi {
  const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>(baseUrl, path, { signal });
  const write = <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
    requestJson<T>(baseUrl, path, { method, body, token: getToken() });

  return {
    health: (signal) => get('/health', signal),
    // With the token: whether this caller may edit articles is the server's per-request answer.
    capabilities: (signal) => requestJson(baseUrl, '/capabilities', { signal, token: getToken() }),
    schema: (signal) => get('/schema', signal),
    search: (q, limit, signal) => get(`/search${queryString({ q, limit })}`, signal),
    node: (id, signal) => get(`/nodes/${enc(id)}`, signal),
    resolveEntity: (id, signal) => get(`/entities/${enc(id)}/resolve`, signal),
    neighbours: ({ nodeId, ...rest }, signal) =>
      get(`/nodes/${enc(nodeId)}/neighbors${queryString(rest)}`, signal),
    relationship: (id, signal) => get(`/relationships/${enc(id)}`, signal),
    // A read sent as POST: a canvas's ids do not fit in a query string. No token needed.
    relationshipsAmong: (request) =>
      requestJson(baseUrl, '/relationships/among', { method: 'POST', body: request }),
    shortestPath: (from, to, maxHops) =>
      get(`/paths/shortest${queryString({ from, to, maxHops })}`),
    overview: (signal) => get('/graph/overview', signal),
    period: ({ from, to }, signal) =>
      get(`/graph/period${queryString({ from: from ?? undefined, to: to ?? undefined })}`, signal),
    articles: (signal) => get('/articles', signal),
    article: (id, signal) => get(`/articles/${enc(id)}`, signal),
    savedQueries: (signal) => get('/queries', signal),
    createQuery: (input) => write('POST', '/queries', input),
    updateQuery: (id, input) => write('PUT', `/queries/${enc(id)}`, input),
    deleteQuery: (id) => write('DELETE', `/queries/${enc(id)}`),
    runQuery: (id, params) => write('POST', `/queries/${enc(id)}/run`, { params }),
    cypher: (query, params) => write('POST', '/cypher', { query, params }),
    exportGraph: async (request) => {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/export`, {
          method: 'POST',
          headers: headersFor({ body: request }),
          body: JSON.stringify(request),
        });
      } catch {
        throw new ApiError(0, 'NETWORK', 'The server cannot be reached to export the data.');
      }
      if (!response.ok) throw await toApiError(response);
      const fallback = `newsgraph-${String(request.nodeIds.length)}-nodes.${request.format}`;
      return {
        blob: await response.blob(),
        fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), fallback),
      };
    },
  };
}
