import SwaggerParser from '@apidevtools/swagger-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { ContractChecker } from '../support/contract.ts';
import { startTestServer } from '../../support/server.ts';

const EXPECTED_OPERATIONS = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/schema',
  'GET /api/search',
  'GET /api/graph/overview',
  'GET /api/graph/period',
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
  'GET /api/authoring/articles',
  'POST /api/articles',
  'GET /api/articles/{id}/document',
  'POST /api/articles/{id}/edits',
  'POST /api/articles/{id}/publish',
  'POST /api/articles/{id}/revert',
  'GET /api/articles/{id}/history',
  'GET /api/articles/{id}/seed-folder',
  'POST /api/entities/merge/preview',
  'POST /api/entities/merge',
  'POST /api/merges/{mergeId}/revert',
  'GET /api/entities/{id}/resolve',
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

  it('is what every integration answer is checked against, and the check finds broken answers', async () => {
    const { body } = await requestJson<ConstructorParameters<typeof ContractChecker>[0]>(
      `${server.url}/api/openapi.json`,
    );
    const checker = new ContractChecker(body);
    const answer = (method: string, path: string, status: number, json: unknown) =>
      checker.problems({
        method,
        url: `${server.url}${path}`,
        status,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(json),
      });
    const capabilities = {
      accessMode: 'local',
      editSavedQueries: 'anyone',
      adhocCypher: 'anyone',
      editArticles: true,
      limits: { timeoutMs: 1, rowLimit: 1, maxConcurrent: 1, maxPerClient: 1 },
    };
    expect(answer('GET', '/api/capabilities', 200, capabilities)).toStrictEqual([]);
    expect(answer('GET', '/api/capabilities', 200, { ...capabilities, extra: 1 })).toStrictEqual([
      'GET /api/capabilities → 200: (body) must NOT have additional properties',
    ]);
    expect(answer('GET', '/api/relationships/among', 200, {})).toStrictEqual([
      "GET /api/relationships/among → 200: (body) must have required property 'edge'",
      "GET /api/relationships/among → 200: (body) must have required property 'source'",
      "GET /api/relationships/among → 200: (body) must have required property 'target'",
    ]);
    expect(answer('GET', '/api/capabilities', 418, {})).toStrictEqual([
      'GET /api/capabilities → 418: status not documented for GET /api/capabilities',
    ]);
    expect(answer('GET', '/api/no-such-route', 200, {})).toStrictEqual([
      'GET /api/no-such-route → 200: no operation in the OpenAPI document matches',
    ]);
    expect(
      answer('GET', '/api/no-such-route', 404, { error: { code: 'NOT_FOUND', message: 'x' } }),
    ).toStrictEqual([]);
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

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      operation,
    })),
  );

describe('the OpenAPI document of a server with a write token, in shared mode', () => {
  let server: RunningServer;
  let document: Document;
  beforeAll(async () => {
    server = await startTestServer({
      writeToken: 'openapi-test-token-0123456789',
      access: { mode: 'shared', adhocCypher: 'token', hostIsPrivate: false },
    });
    document = (await requestJson<Document>(`${server.url}/api/openapi.json`)).body;
  });
  afterAll(async () => {
    await server.close();
  });

  it('passes an independent OpenAPI 3.1 linter with no errors', async () => {
    const result = await new Validator().validate(structuredClone(document) as never);
    expect(result).toStrictEqual({ valid: true });
  });

  it('documents a 2xx body for every operation but the delete, which answers 204', () => {
    const withoutBody = operationsOf(document)
      .filter(({ operation }) =>
        Object.entries(operation.responses).every(
          ([status, response]) => !status.startsWith('2') || response.content === undefined,
        ),
      )
      .map(({ name }) => name);
    expect(withoutBody).toStrictEqual(['DELETE /api/queries/{id}']);
  });

  it('gives every error answer the Error body, except health’s 503, which is the health body', () => {
    const errorBodies = operationsOf(document).flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => ({
          at: `${name} ${status}`,
          ref: response.content?.['application/json']?.schema.$ref ?? null,
        })),
    );
    expect(errorBodies.length).toBeGreaterThan(60);
    expect(
      errorBodies.filter(({ ref }) => ref !== '#/components/schemas/Error').map(({ at }) => at),
    ).toStrictEqual(['GET /api/health 503']);
  });

  it('declares the bearer scheme, and requires it exactly where this server wants the token', () => {
    expect(Object.keys(document.components.securitySchemes)).toStrictEqual(['writeToken']);
    const secured = operationsOf(document)
      .filter(({ operation }) => operation.security !== undefined)
      .map(({ name, operation }) => [name, operation.security]);
    expect(secured.sort()).toStrictEqual(
      [
        ['DELETE /api/queries/{id}', [{ writeToken: [] }]],
        ['POST /api/articles', [{ writeToken: [] }]],
        ['POST /api/articles/{id}/edits', [{ writeToken: [] }]],
        ['POST /api/articles/{id}/publish', [{ writeToken: [] }]],
        ['POST /api/articles/{id}/revert', [{ writeToken: [] }]],
        ['POST /api/cypher', [{ writeToken: [] }]],
        ['POST /api/entities/merge', [{ writeToken: [] }]],
        ['POST /api/entities/merge/preview', [{ writeToken: [] }]],
        ['POST /api/merges/{mergeId}/revert', [{ writeToken: [] }]],
        ['POST /api/queries', [{ writeToken: [] }]],
        ['PUT /api/queries/{id}', [{ writeToken: [] }]],
      ].sort(),
    );
    expect(Object.keys(document.paths['/api/queries']?.post?.responses ?? {}).sort()).toStrictEqual(
      ['201', '400', '401', '403', '413', '415', '500', '503', '504'],
    );
  });
});
