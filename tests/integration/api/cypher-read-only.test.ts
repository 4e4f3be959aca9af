import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto, CypherResultDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { graphContentDigest, graphCounts, type GraphCounts } from '../../support/counts.ts';
import { openTestDriver } from '../../support/driver.ts';
import { HOSTILE_CYPHER } from '../../support/hostileCypher.ts';
import { startTestServer } from '../../support/server.ts';
import { recordSummary } from '../../support/summary.ts';

async function postCypher(server: RunningServer, query: string, params?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(params ? { params } : {}) }),
  });
  const body: unknown = await response.json();
  return { status: response.status, body };
}

describe('POST /api/cypher is read-only by construction', () => {
  let server: RunningServer;
  let driver: Driver;
  let before: GraphCounts;
  let digestBefore: string;

  beforeAll(async () => {
    driver = openTestDriver();
    // A short timeout keeps the queries that only a timeout can stop quick to test.
    server = await startTestServer({
      cypher: { timeoutMs: 1500, rowLimit: 1000 },
      rateLimitPerMinute: 10_000,
    });
    await server.prepared;
    // Something to read and something a write could damage.
    await driver.executeQuery("MERGE (:ReadOnlyProbe {id: 'probe'})");
    before = await graphCounts(driver);
    digestBefore = await graphContentDigest(driver);
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n:ReadOnlyProbe) DETACH DELETE n');
    await server.close();
    await driver.close();
  });

  it(`refuses all ${HOSTILE_CYPHER.length} hostile inputs with 4xx, or stops them with 504`, async () => {
    const outcomes: string[] = [];
    for (const input of HOSTILE_CYPHER) {
      const { status, body } = await postCypher(server, input.query, input.params);
      const ok = input.expect === 'timeout' ? status === 504 : status >= 400 && status < 500;
      const error = (body as Partial<ApiErrorDto>).error;
      const code = error?.code ?? 'no error body';
      const message = error?.message ?? '';
      if (!ok || message === '') outcomes.push(`${input.name}: got ${status} ${code} ${message}`);
    }
    recordSummary('hostile cypher', {
      tried: HOSTILE_CYPHER.length,
      refused: HOSTILE_CYPHER.length - outcomes.length,
    });
    expect(outcomes).toStrictEqual([]);
    expect(HOSTILE_CYPHER.length).toBeGreaterThanOrEqual(60);
    // In the same test as the attempts, so that no test order can check an untouched graph.
    expect(await graphCounts(driver)).toStrictEqual(before);
    expect(await graphContentDigest(driver)).toBe(digestBefore);
  });

  it('would see a write that changes only a property (the digest can fail)', async () => {
    await driver.executeQuery("MATCH (n:ReadOnlyProbe {id: 'probe'}) SET n.touched = true");
    const touched = await graphContentDigest(driver);
    await driver.executeQuery("MATCH (n:ReadOnlyProbe {id: 'probe'}) REMOVE n.touched");
    expect(touched).not.toBe(digestBefore);
    expect(await graphContentDigest(driver)).toBe(digestBefore);
  });

  it('answers each write clause with 403 READ_ONLY_VIOLATION', async () => {
    for (const query of [
      'CREATE (n)',
      "MERGE (n:X {id: 'a'})",
      'MATCH (n) SET n.x = 1',
      'MATCH (n) DELETE n',
      'MATCH (n) REMOVE n.x',
    ]) {
      const { status, body } = await postCypher(server, query);
      expect(status, query).toBe(403);
      expect((body as ApiErrorDto).error.code).toBe('READ_ONLY_VIOLATION');
    }
  });

  it('runs reads, and finds nodes nested in lists and maps', async () => {
    const { status, body } = await postCypher(
      server,
      'MATCH (n:ReadOnlyProbe) RETURN {inner: [n]} AS wrapped, n.id AS id, $limit AS limit',
      { limit: 3 },
    );
    expect(status).toBe(200);
    const result = body as CypherResultDto;
    expect(result.columns).toStrictEqual(['wrapped', 'id', 'limit']);
    expect(result.rows[0]?.[1]).toBe('probe');
    expect(result.rows[0]?.[2]).toBe(3);
    expect(result.graph.nodes.map((node) => node.labels)).toStrictEqual([['ReadOnlyProbe']]);
    expect(result.summary).toMatchObject({ truncated: false, rowCount: 1 });
  });

  it('caps rows and says so', async () => {
    const { status, body } = await postCypher(server, 'UNWIND range(1, 5000) AS x RETURN x');
    expect(status).toBe(200);
    const result = body as CypherResultDto;
    expect(result.rows).toHaveLength(1000);
    expect(result.summary).toMatchObject({ truncated: true, rowCount: 1000 });
  });

  it('keeps 64-bit integers exact', async () => {
    const { body } = await postCypher(
      server,
      'RETURN 9007199254740993 AS big, 42 AS small, date("2023-03-24") AS day',
    );
    expect((body as CypherResultDto).rows[0]).toStrictEqual(['9007199254740993', 42, '2023-03-24']);
  });

  it('reports a syntax error with its position in the user’s own text', async () => {
    const { status, body } = await postCypher(server, 'MATCH (n)\nRETURN n LIMT 5');
    expect(status).toBe(400);
    const { error } = body as ApiErrorDto;
    expect(error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(error.position).toStrictEqual({ line: 2, column: 10, offset: 19 });
  });
});
