import {
  capabilitiesSchema,
  healthSchema,
  openApiDocumentSchema,
  type CapabilitiesDto,
  type HealthDto,
} from '@newsgraph/model';
import type { Request } from 'express';
import type { ExplorerRepository } from '../../graph/port.ts';
import type { ApiRegistry } from '../registry.ts';

export function registerMetaRoutes(
  api: ApiRegistry,
  repository: ExplorerRepository,
  openApiDocument: () => Record<string, unknown>,
  capabilities: Omit<CapabilitiesDto, 'editArticles'>,
  canWrite: (request: Request) => boolean,
): void {
  api.add({
    method: 'get',
    path: '/capabilities',
    operationId: 'getCapabilities',
    summary:
      'Access mode (local or shared), what needs the write token, whether this request may edit articles, and the query limits',
    tag: 'meta',
    success: { description: 'What this server allows', schema: capabilitiesSchema },
    // Per request: whether the caller may edit articles depends on the token it sent.
    handler: (_input, request) =>
      Promise.resolve({ ...capabilities, editArticles: canWrite(request) }),
  });

  api.add({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Neo4j connectivity and version: 200 when reachable, 503 (quickly) when not',
    tag: 'meta',
    success: { description: 'Neo4j is reachable', schema: healthSchema },
    errors: { 503: { description: 'Neo4j is unreachable', schema: healthSchema } },
    handler: async (_input, _request, response) => {
      const neo4j = await repository.health();
      const body: HealthDto = { status: neo4j.connected ? 'ok' : 'unavailable', neo4j };
      if (neo4j.connected) return body;
      // The one route whose error answer is not the Error shape: a monitor reads it as health.
      response.status(503).json(body);
      return undefined;
    },
  });

  api.add({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This OpenAPI 3.1 document',
    tag: 'meta',
    success: { description: 'The document', schema: openApiDocumentSchema },
    handler: () => Promise.resolve(openApiDocument()),
  });
}
