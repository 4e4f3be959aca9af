import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';

const EXPECTED_OPERATIONS = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/schema',
  'GET /api/search',
  'GET /api/graph/overview',
  'GET /api/nodes/{id}',
  'GET /api/nodes/{id}/neighbors',
  'GET /api/relationships/{id}',
  'GET /api/paths/shortest',
  'GET /api/articles',
  'GET /api/articles/{id}',
  'GET /api/capabilities',
  'GET /api/queries',
  'POST /api/queries',
  'GET /api/queries/{id}',
  'PUT /api/queries/{id}',
  'DELETE /api/queries/{id}',
  'POST /api/queries/{id}/run',
  'POST /api/relationships/among',
  'POST /api/cypher',
  'POST /api/export',
];

describe('GET /api/openapi.json', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('is a valid OpenAPI 3.1 document that lists every route', async () => {
    const { status, body } = await requestJson<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>(`${server.url}/api/openapi.json`);
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(body) as never)).resolves.toBeDefined();
    const operations = Object.entries(body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toStrictEqual(EXPECTED_OPERATIONS.slice().sort());
  });

  it('documents query parameters with their limits, from the validating schemas', async () => {
    const { body } = await requestJson<{
      paths: Record<
        string,
        { get: { parameters: { name: string; schema: { maximum?: number } }[] } }
      >;
    }>(`${server.url}/api/openapi.json`);
    const limit = body.paths['/api/nodes/{id}/neighbors']?.get.parameters.find(
      (parameter) => parameter.name === 'limit',
    );
    expect(limit?.schema.maximum).toBe(500);
  });
});

describe('the export operation in /api/openapi.json', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('documents each file format with its content type, and the JSON flavours by schema', async () => {
    const { body } = await requestJson<{
      paths: Record<
        string,
        {
          post: {
            responses: Record<
              string,
              { content: Record<string, { schema: { anyOf?: { title?: string }[] } }> }
            >;
          };
        }
      >;
    }>(`${server.url}/api/openapi.json`);
    const content = body.paths['/api/export']?.post.responses['200']?.content ?? {};
    expect(Object.keys(content).sort()).toStrictEqual([
      'application/graphml+xml',
      'application/json',
      'application/x-cypher-query',
      'application/x-ndjson',
      'application/zip',
    ]);
    expect(content['application/json']?.schema.anyOf?.map((schema) => schema.title)).toStrictEqual([
      "This API's graph (format=json)",
      'Cytoscape.js elements (format=cytoscape)',
      'graphology serialized graph (format=graphology)',
    ]);
  });
});
