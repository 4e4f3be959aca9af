import type { Request, RequestHandler } from 'express';
import type { ExplorerRepository } from '../../graph/repository.ts';
import type { CypherLimits, SavedQueryService } from '../../services/savedQueries.ts';
import { renderExport } from '../../services/export/index.ts';
import { exportResponses } from '../exportSchemas.ts';
import type { ApiRegistry } from '../registry.ts';
import {
  cypherBody,
  cypherResultSchema,
  exportBody,
  idParams,
  runSavedQueryBody,
  savedQueryInput,
  savedQuerySchema,
  savedQueryUpdate,
} from '../schemas.ts';
import { z } from 'zod';

/** The pool's per-client share keys on the address (the proxy's X-Forwarded-For from loopback). */
const clientKey = (request: Request): string => request.ip ?? 'unknown';

export interface QueryRouteDependencies {
  repository: ExplorerRepository;
  savedQueries: SavedQueryService;
  limits: CypherLimits;
  writeGuard: RequestHandler;
  /** Runs before ad-hoc Cypher: the token check in shared mode with ADHOC_CYPHER=token. */
  cypherGuard: RequestHandler[];
  rateLimit: RequestHandler;
}

export function registerQueryRoutes(api: ApiRegistry, deps: QueryRouteDependencies): void {
  const { savedQueries, writeGuard, rateLimit } = deps;
  const tag = 'saved queries';

  api.add({
    method: 'get',
    path: '/queries',
    operationId: 'listSavedQueries',
    summary: 'All saved queries, shared by every user',
    tag,
    responses: { 200: { description: 'Saved queries', schema: z.array(savedQuerySchema) } },
    handler: () => savedQueries.list(),
  });

  api.add({
    method: 'post',
    path: '/queries',
    operationId: 'createSavedQuery',
    summary: 'Save a new query',
    tag,
    before: [writeGuard],
    body: savedQueryInput,
    successStatus: 201,
    responses: { 201: { description: 'Created', schema: savedQuerySchema } },
    handler: ({ body }) => savedQueries.create(body),
  });

  api.add({
    method: 'get',
    path: '/queries/:id',
    operationId: 'getSavedQuery',
    summary: 'One saved query',
    tag,
    params: idParams,
    responses: {
      200: { description: 'The saved query', schema: savedQuerySchema },
      404: { description: 'Unknown id' },
    },
    handler: ({ params }) => savedQueries.get(params.id),
  });

  api.add({
    method: 'put',
    path: '/queries/:id',
    operationId: 'updateSavedQuery',
    summary: 'Replace a saved query; send the version you read (409 when stale)',
    tag,
    before: [writeGuard],
    params: idParams,
    body: savedQueryUpdate,
    responses: {
      200: { description: 'Updated', schema: savedQuerySchema },
      409: { description: 'Stale version' },
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
    params: idParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'Unknown id' } },
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
    responses: {
      200: { description: 'Rows and the graph found in them', schema: cypherResultSchema },
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
    body: cypherBody,
    responses: {
      200: { description: 'Rows and the graph found in them', schema: cypherResultSchema },
      403: { description: 'The query would write or act on the server' },
      422: {
        description: 'The query needs too much memory, or unstoppable work in one expression',
      },
      429: { description: 'This client already runs its share of queries (Retry-After)' },
      503: { description: 'Every query slot is busy (Retry-After), or Neo4j is down' },
      504: { description: 'The query ran past its time limit' },
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
    responses: exportResponses,
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
