import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';

const errorOf = (body: unknown) => (body as ApiErrorDto).error;

describe('every error class has its status and a JSON body', () => {
  let server: RunningServer;
  let strictServer: RunningServer;
  let orphanServer: RunningServer;

  beforeAll(async () => {
    // The 404 test asks for a path from tiktok, so the article graph must be there
    // whatever other files did to the database before this one.
    seedTestDatabase();
    server = await startTestServer({ rateLimitPerMinute: 10_000 });
    strictServer = await startTestServer({
      rateLimitPerMinute: 10_000,
      bodyLimit: '1kb',
      // Two slots per client: the 504 test's query may still hold one while
      // Neo4j lets go of it, and the rate-limit test right after needs another.
      cypher: { timeoutMs: 500, rowLimit: 10, maxPerClient: 2 },
    });
    // Nothing listens on port 1: this server's Neo4j is "down" from the start.
    orphanServer = await startTestServer({
      neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: undefined },
    });
  });

  afterAll(async () => {
    await Promise.all([server.close(), strictServer.close(), orphanServer.close()]);
  });

  it('400 for invalid input, with zod’s messages naming the field', async () => {
    const { status, body } = await requestJson(
      `${server.url}/api/nodes/x/neighbors?limit=501&direction=sideways`,
    );
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe('INVALID_INPUT');
    expect(errorOf(body).message).toMatch(
      /query\.direction: .*; query\.limit: Too big: expected number to be <=500/,
    );
  });

  it('400 for malformed JSON', async () => {
    const { status, body } = await requestJson(`${server.url}/api/cypher`, {
      rawBody: '{"query": ',
    });
    expect(status).toBe(400);
    expect(errorOf(body)).toStrictEqual({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
  });

  it('400, not 500, for malformed %-encoding and undecodable bodies', async () => {
    const path = await requestJson(`${server.url}/api/nodes/%E0%A4%A`);
    expect(path.status).toBe(400);
    expect(errorOf(path.body).code).toBe('INVALID_URL');
    const encoding = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
      body: '{}',
    });
    expect(encoding.status).toBe(415);
    expect(errorOf(await encoding.json()).code).toBe('UNSUPPORTED_ENCODING');
  });

  it('403 for a write attempt', async () => {
    const { status, body } = await requestJson(`${server.url}/api/cypher`, {
      body: { query: 'CREATE (n)' },
    });
    expect(status).toBe(403);
    expect(errorOf(body).code).toBe('READ_ONLY_VIOLATION');
  });

  it('404 for an unknown id and for an unknown route', async () => {
    const node = await requestJson(`${server.url}/api/nodes/no-such-entity`);
    expect(node.status).toBe(404);
    expect(errorOf(node.body).message).toBe(
      'No entity or node has the id "no-such-entity". Search with /api/search?q=… to find ids.',
    );
    // Shortest paths learn of a missing endpoint from the path query itself.
    const path = await requestJson(
      `${server.url}/api/paths/shortest?from=tiktok&to=no-such-entity`,
    );
    expect(path.status).toBe(404);
    expect(errorOf(path.body).message).toContain('"no-such-entity"');
    const route = await requestJson(`${server.url}/api/no/such/route?x=1`);
    expect(route.status).toBe(404);
    expect(errorOf(route.body).message).toBe(
      'No route for GET /api/no/such/route. See /api/openapi.json.',
    );
  });

  it('413 for a body over the limit', async () => {
    const { status, body } = await requestJson(`${strictServer.url}/api/cypher`, {
      body: { query: `RETURN '${'x'.repeat(2000)}'` },
    });
    expect(status).toBe(413);
    expect(errorOf(body).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('504 for a query timeout', async () => {
    const { status, body } = await requestJson(`${strictServer.url}/api/cypher`, {
      body: { query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)' },
    });
    expect(status).toBe(504);
    expect(errorOf(body).code).toBe('QUERY_TIMEOUT');
  });

  it('429 once a client passes the rate limit, and for every request after it', async () => {
    // A server of its own, so no other test's requests count toward this limit.
    const limitedServer = await startTestServer({ rateLimitPerMinute: 3 });
    try {
      const responses: { status: number; code: string | null; retryAfter: string | null }[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await fetch(`${limitedServer.url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'RETURN 1' }),
        });
        const body = (await response.json()) as Partial<ApiErrorDto>;
        responses.push({
          status: response.status,
          code: body.error?.code ?? null,
          retryAfter: response.headers.get('retry-after'),
        });
      }
      expect(responses.map((response) => [response.status, response.code])).toStrictEqual([
        [200, null],
        [200, null],
        [200, null],
        [429, 'RATE_LIMITED'],
        [429, 'RATE_LIMITED'],
      ]);
      // A refused client learns when to come back: within the one-minute window.
      for (const { retryAfter } of responses.slice(3)) {
        expect(Number(retryAfter)).toBeGreaterThan(0);
        expect(Number(retryAfter)).toBeLessThanOrEqual(60);
      }
    } finally {
      await limitedServer.close();
    }
  });

  it('503, quickly, when Neo4j is unreachable — and the server stays up', async () => {
    for (const path of ['/api/nodes/tiktok', '/api/search?q=tiktok', '/api/queries']) {
      const started = performance.now();
      const { status, body } = await requestJson(`${orphanServer.url}${path}`);
      expect(status, path).toBe(503);
      expect(errorOf(body).code).toBe('DATABASE_UNAVAILABLE');
      expect(performance.now() - started).toBeLessThan(1000);
    }
    expect((await requestJson(`${orphanServer.url}/api/health`)).status).toBe(503);
  });

  it('never answers 500 with a stack trace', async () => {
    const { status, body } = await requestJson(
      `${server.url}/api/paths/shortest?from=a&to=b&maxHops=99`,
    );
    expect(status).toBe(400);
    expect(Object.keys(body as object)).toStrictEqual(['error']);
    // Invalid input also says which field was wrong (`details`), and nothing else.
    expect(Object.keys(errorOf(body)).sort()).toStrictEqual(['code', 'details', 'message']);
    expect(errorOf(body).code).toBe('INVALID_INPUT');
    expect(errorOf(body).message).toMatch(/maxHops/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
