import {
  cypherBody,
  cypherResultSchema,
  exportBody,
  idParams,
  runSavedQueryBody,
  savedQueryInput,
  savedQueryListSchema,
  savedQuerySchema,
  savedQueryUpdate,
} from '@newsgraph/model';
import type { Request, RequestHandler } from 'express';
import type { ExplorerRepository } from '../../graph/port.ts';
import type { CypherLimits, SavedQueryService } from '../../services/savedQueries.ts';
import { renderExport } from '../../services/export/index.ts';
import { exportContent } from '../exportSchemas.ts';
import { DATABASE_ERRORS, type ApiRegistry } from '../registry.ts';

/** The pool's per-client share keys on the address (the proxy's X-Forwarded-For from loopback). */
const clientKey = (request: Request): string => request.ip ?? 'unknown';

export interface QueryRouteDependencies {
  repository: ExplorerRepository;
  savedQueries: SavedQueryService;
  limits: CypherLimits;
  writeGuard: RequestHandler;
  /** Whether writeGuard asks for a token (EXPLORER_WRITE_TOKEN is set). */
  writesNeedToken: boolean;
  /** Runs before ad-hoc Cypher: the token check in shared mode with ADHOC_CYPHER=token. */
  cypherGuard: RequestHandler[];
  rateLimit: RequestHandler;
}

export function registerQueryRoutes(api: ApiRegistry, deps: QueryRouteDependencies): void {
  const { savedQueries, writeGuard, rateLimit } = deps;
  const tag = 'saved queries';
  const needsWriteToken = deps.writesNeedToken;
  const rateLimited = {
    429: 'This client already runs its share of queries, or sent too many (Retry-After)',
  } as const;

  api.add({
    method: 'get',
    path: '/queries',
    operationId: 'listSavedQueries',
    summary: 'All saved queries, shared by every user',
    tag,
    success: { description: 'Saved queries', schema: savedQueryListSchema },
    errors: DATABASE_ERRORS,
    handler: () => savedQueries.list(),
  });

  api.add({
    method: 'post',
    path: '/queries',
    operationId: 'createSavedQuery',
    summary: 'Save a new query',
    tag,
    before: [writeGuard],
    needsWriteToken,
    body: savedQueryInput,
    success: { status: 201, description: 'Created', schema: savedQuerySchema },
    errors: DATABASE_ERRORS,
    handler: ({ body }) => savedQueries.create(body),
  });

  api.add({
    method: 'get',
    path: '/queries/:id',
    operationId: 'getSavedQuery',
    summary: 'One saved query',
    tag,
    params: idParams,
    success: { description: 'The saved query', schema: savedQuerySchema },
    errors: { 404: 'No saved query has this id', ...DATABASE_ERRORS },
    handler: ({ params }) => savedQueries.get(params.id),
  });

  api.add({
    method: 'put',
    path: '/queries/:id',
    operationId: 'updateSavedQuery',
    summary: 'Replace a saved query; send the version you read (409 when stale)',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: idParams,
    body: savedQueryUpdate,
    success: { description: 'Updated', schema: savedQuerySchema },
    errors: {
      404: 'No saved query has this id',
      409: 'Stale version: someone changed it since you read it',
      ...DATABASE_ERRORS,
    },
    handler: ({ params, body }) => {
      const { version, ...input } = body;
      return savedQueries.update(params.id, version, input);
    },
  });

  api.add({
    method: 'delete',
    path: '/queries/:id',
    operationId: 'deleteSavedQuery',
    summary: 'Delete a saved query',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: idParams,
    success: { status: 204, description: 'Deleted' },
    errors: { 404: 'No saved query has this id', ...DATABASE_ERRORS },
    handler: async ({ params }, _request, response) => {
      await savedQueries.remove(params.id);
      response.status(204).end();
      return undefined;
    },
  });

  api.add({
    method: 'post',
    path: '/queries/:id/run',
    operationId: 'runSavedQuery',
    summary: 'Run a saved query with parameters (read-only, time- and row-limited)',
    tag,
    before: [rateLimit],
    params: idParams,
    body: runSavedQueryBody,
    success: { description: 'Rows and the graph found in them', schema: cypherResultSchema },
    errors: {
      400: 'Invalid input, a missing or mistyped parameter, or a Cypher error',
      403: 'The saved query would write or act on the server',
      404: 'No saved query has this id',
      422: 'The query needs too much memory, or unstoppable work in one expression',
      ...rateLimited,
      503: 'Every query slot is busy (Retry-After), or Neo4j is down',
      504: 'The query ran past its time limit',
    },
    handler: ({ params, body }, request) =>
      savedQueries.run(params.id, body.params, clientKey(request)),
  });

  api.add({
    method: 'post',
    path: '/cypher',
    operationId: 'runCypher',
    summary: 'Run ad-hoc Cypher, read-only by construction, with a timeout and a row cap',
    tag: 'cypher',
    before: [...deps.cypherGuard, rateLimit],
    needsWriteToken: deps.cypherGuard.length > 0,
    body: cypherBody,
    success: { description: 'Rows and the graph found in them', schema: cypherResultSchema },
    errors: {
      400: 'Invalid input, or a Cypher syntax error (with its position)',
      403: 'The query would write or act on the server, or the bearer token is not valid',
      422: 'The query needs too much memory, or unstoppable work in one expression',
      ...rateLimited,
      503: 'Every query slot is busy (Retry-After), or Neo4j is down',
      504: 'The query ran past its time limit',
    },
    handler: ({ body }, request) =>
      deps.repository.runReadOnlyCypher({
        cypher: body.query,
        params: body.params,
        ...deps.limits,
        clientKey: clientKey(request),
      }),
  });

  api.add({
    method: 'post',
    path: '/export',
    operationId: 'exportSubgraph',
    summary:
      'Download a subgraph as JSON (this API, Cytoscape.js or graphology), GraphML, CSV for neo4j-admin (zip) or a Cypher script',
    tag: 'export',
    body: exportBody,
    success: exportContent,
    errors: { 404: 'An id names no node', ...DATABASE_ERRORS },
    handler: async ({ body }, _request, response) => {
      const graph = await deps.repository.subgraph({
        nodeIds: body.nodeIds,
        edgeIds: body.edgeIds,
      });
      const file = renderExport(graph, body.format, new Date(), {
        formulaGuard: body.csvFormulaGuard ?? false,
      });
      response
        .status(200)
        .type(file.contentType)
        .setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
        .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
      return undefined;
    },
  });
}
