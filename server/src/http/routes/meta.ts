import type { CapabilitiesDto, HealthDto } from '../../contract.ts';
import type { ExplorerRepository } from '../../graph/repository.ts';
import type { ApiRegistry } from '../registry.ts';
import { capabilitiesSchema, healthSchema } from '../schemas.ts';

export function registerMetaRoutes(
  api: ApiRegistry,
  repository: ExplorerRepository,
  openApiDocument: () => unknown,
  capabilities: CapabilitiesDto,
): void {
  api.add({
    method: 'get',
    path: '/capabilities',
    operationId: 'getCapabilities',
    summary: 'Access mode (local or shared), what needs the write token, and the query limits',
    tag: 'meta',
    responses: { 200: { description: 'What this server allows', schema: capabilitiesSchema } },
    handler: () => Promise.resolve(capabilities),
  });

  api.add({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Neo4j connectivity and version: 200 when reachable, 503 (quickly) when not',
    tag: 'meta',
    responses: {
      200: { description: 'Neo4j is reachable', schema: healthSchema },
      503: { description: 'Neo4j is unreachable', schema: healthSchema },
    },
    handler: async (_input, _request, response) => {
      const neo4j = await repository.health();
      const body: HealthDto = { status: neo4j.connected ? 'ok' : 'unavailable', neo4j };
      response.status(neo4j.connected ? 200 : 503).json(body);
      return undefined;
    },
  });

  api.add({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This OpenAPI 3.1 document',
    tag: 'meta',
    responses: { 200: { description: 'The document' } },
    handler: () => Promise.resolve(openApiDocument()),
  });
}
