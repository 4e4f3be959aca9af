import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { startTestServer } from '../../support/server.ts';
import { recordSummary } from '../../support/summary.ts';

const TOKEN = 'fuzz-token-0123456789abcdef';

interface RouteShape {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `{id}` (or `{mergeId}`) is replaced by a fuzzed path segment. */
  path: string;
  queryKeys: string[];
  bodyKeys: string[];
}

const ROUTES: RouteShape[] = [
  { method: 'GET', path: '/api/health', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/schema', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/search', queryKeys: ['q', 'limit'], bodyKeys: [] },
  { method: 'GET', path: '/api/graph/overview', queryKeys: ['limit'], bodyKeys: [] },
  { method: 'GET', path: '/api/nodes/{id}', queryKeys: [], bodyKeys: [] },
  {
    method: 'GET',
    path: '/api/nodes/{id}/neighbors',
    queryKeys: ['type', 'direction', 'limit', 'offset'],
    bodyKeys: [],
  },
  { method: 'GET', path: '/api/relationships/{id}', queryKeys: [], bodyKeys: [] },
  {
    method: 'GET',
    path: '/api/paths/shortest',
    queryKeys: ['from', 'to', 'maxHops'],
    bodyKeys: [],
  },
  { method: 'GET', path: '/api/articles', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/articles/{id}', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/queries', queryKeys: [], bodyKeys: [] },
  {
    method: 'POST',
    path: '/api/queries',
    queryKeys: [],
    bodyKeys: ['name', 'description', 'cypher', 'parameters', 'tags'],
  },
  { method: 'GET', path: '/api/queries/{id}', queryKeys: [], bodyKeys: [] },
  {
    method: 'PUT',
    path: '/api/queries/{id}',
    queryKeys: [],
    bodyKeys: ['name', 'cypher', 'version', 'parameters'],
  },
  { method: 'DELETE', path: '/api/queries/{id}', queryKeys: [], bodyKeys: [] },
  { method: 'POST', path: '/api/queries/{id}/run', queryKeys: [], bodyKeys: ['params'] },
  { method: 'POST', path: '/api/cypher', queryKeys: [], bodyKeys: ['query', 'params'] },
  {
    method: 'POST',
    path: '/api/export',
    queryKeys: [],
    bodyKeys: ['nodeIds', 'edgeIds', 'format', 'csvFormulaGuard'],
  },
  { method: 'GET', path: '/api/authoring/articles', queryKeys: [], bodyKeys: [] },
  {
    method: 'POST',
    path: '/api/articles',
    queryKeys: [],
    bodyKeys: ['id', 'title', 'outlet', 'publishedAt', 'language', 'url', 'text', 'html'],
  },
  { method: 'GET', path: '/api/articles/{id}/document', queryKeys: [], bodyKeys: [] },
  {
    method: 'POST',
    path: '/api/articles/{id}/edits',
    queryKeys: [],
    bodyKeys: ['expectedVersion', 'edit'],
  },
  {
    method: 'POST',
    path: '/api/articles/{id}/publish',
    queryKeys: [],
    bodyKeys: ['expectedVersion'],
  },
  {
    method: 'POST',
    path: '/api/articles/{id}/revert',
    queryKeys: [],
    bodyKeys: ['expectedVersion', 'version'],
  },
  { method: 'GET', path: '/api/articles/{id}/history', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/articles/{id}/seed-folder', queryKeys: ['format'], bodyKeys: [] },
  {
    method: 'POST',
    path: '/api/entities/merge/preview',
    queryKeys: [],
    bodyKeys: ['from', 'into', 'type'],
  },
  {
    method: 'POST',
    path: '/api/entities/merge',
    queryKeys: [],
    bodyKeys: ['from', 'into', 'type', 'expectedVersions'],
  },
  { method: 'POST', path: '/api/merges/{mergeId}/revert', queryKeys: [], bodyKeys: [] },
  { method: 'GET', path: '/api/entities/{id}/resolve', queryKeys: [], bodyKeys: [] },
];

const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'tiktok',
    '..',
    '%',
    '%00',
    '4:abc:1',
    'x'.repeat(600),
    '<script>',
    "' OR 1=1 --",
    '`',
  ),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
);

function requestFor(route: RouteShape) {
  const keyed = (keys: string[]) =>
    fc.dictionary(
      fc.oneof(fc.constantFrom(...(keys.length ? keys : ['x'])), fc.string({ maxLength: 8 })),
      value,
      { maxKeys: 5 },
    );
  return fc.record({
    id: segment,
    query: keyed(route.queryKeys),
    body: fc.oneof(keyed(route.bodyKeys), value, fc.constant('{not json')),
  });
}

describe('property-based fuzzing of every route', () => {
  let server: RunningServer;
  let driver: Driver;
  let casesRun = 0;
  const startedAt = new Date().toISOString();

  beforeAll(async () => {
    driver = openTestDriver();
    server = await startTestServer({
      writeToken: TOKEN,
      rateLimitPerMinute: 100_000,
      cypher: { timeoutMs: 2000, rowLimit: 100 },
    });
    await server.prepared;
  });

  afterAll(async () => {
    // A fuzzed body could, by chance, be a valid new saved query: remove anything created here.
    await driver.executeQuery(
      'MATCH (q:SavedQuery) WHERE NOT q.starter AND q.createdAt >= datetime($since) DETACH DELETE q',
      {
        since: startedAt,
      },
    );
    // …and any article a fuzzed import happened to create (a draft: never in the graph).
    await driver.executeQuery(
      `MATCH (d:ArticleDocument) WHERE d.origin = 'app' AND d.createdAt >= datetime($since)
       OPTIONAL MATCH (c:ArticleChange) WHERE c.articleId = d.id
       DETACH DELETE d, c`,
      { since: startedAt },
    );
    recordSummary('fuzz', { casesRun, routes: ROUTES.length });
    await server.close();
    await driver.close();
  });

  it.each(ROUTES)(
    '$method $path never answers 5xx, and every error matches the schema',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async ({ id, query, body }) => {
          casesRun += 1;
          const url = new URL(server.url + route.path.replace(/\{\w+\}/, encodeURIComponent(id)));
          for (const [key, raw] of Object.entries(query))
            url.searchParams.append(key, typeof raw === 'string' ? raw : JSON.stringify(raw));
          const hasBody = route.method === 'POST' || route.method === 'PUT';
          const response = await fetch(url, {
            method: route.method,
            headers: {
              authorization: `Bearer ${TOKEN}`,
              ...(hasBody ? { 'content-type': 'application/json' } : {}),
            },
            ...(hasBody ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
          });
          const text = await response.text();
          expect(
            response.status,
            `${route.method} ${url.pathname} → ${text.slice(0, 200)}`,
          ).toBeLessThan(500);
          if (response.status >= 400) {
            expect(errorSchema.safeParse(JSON.parse(text)).success, text.slice(0, 200)).toBe(true);
          }
        }),
        { numRuns: 40, seed: 20230324 },
      );
    },
  );
});
