import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { RUNAWAY_CORPUS } from '../../support/runawayCorpus.ts';
import { startTestServer } from '../../support/server.ts';

const TIMEOUT_MS = 1000;
const GRACE_MS = 1000;

async function postCypher(server: RunningServer, query: string, params?: Record<string, unknown>) {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(params ? { params } : {}) }),
  });
  const body = (await response.json()) as ApiErrorDto;
  return { status: response.status, body, ms: performance.now() - started };
}

/** Transactions of this server still open in Neo4j (tagged by deadline.ts). */
async function taggedTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData WHERE metaData.newsgraphRun IS NOT NULL RETURN count(*) AS n',
  );
  return Number(records[0]?.get('n'));
}

async function waitUntilNoTaggedTransactions(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await taggedTransactions(driver)) > 0) {
    if (performance.now() > deadline) throw new Error('Neo4j still runs a query of the test');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('runaway queries at POST /api/cypher (issue #15, quick version)', () => {
  let server: RunningServer;
  let driver: Driver;

  beforeAll(async () => {
    driver = openTestDriver();
    server = await startTestServer({
      // Two slots per client: Neo4j may still hold the previous test's query
      // (it keeps its slot until Neo4j lets go) when the next one starts.
      cypher: { timeoutMs: TIMEOUT_MS, rowLimit: 100, maxPerClient: 2 },
      rateLimitPerMinute: 10_000,
    });
  });

  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('refuses every corpus query whose work Neo4j could not interrupt, at once, with 422', async () => {
    const refused = RUNAWAY_CORPUS.filter((entry) => entry.expect.includes('QUERY_UNBOUNDED'));
    const outcomes = [];
    for (const entry of refused) {
      const { status, body, ms } = await postCypher(server, entry.query, entry.params);
      outcomes.push({ name: entry.name, status, code: body.error.code, fast: ms < 1000 });
    }
    expect(outcomes).toStrictEqual(
      refused.map((entry) => ({
        name: entry.name,
        status: 422,
        code: 'QUERY_UNBOUNDED',
        fast: true,
      })),
    );
    expect(refused.length).toBeGreaterThanOrEqual(10);
  });

  it('answers 504 by the time limit plus grace even while Neo4j keeps computing one expression', async () => {
    // 10 million steps inside one expression: under the guard's bound, but
    // seconds of work that Neo4j's own timeout does not interrupt.
    const { status, body, ms } = await postCypher(
      server,
      // String work in every step, so that it outlasts the limit even on an idle machine.
      "RETURN size([a IN range(1, 100000) | reduce(s = 0, b IN range(1, 100) | s + size(toString(a * b) + 'x' + toString(b)))]) AS n",
    );
    expect({ status, code: body.error.code }).toStrictEqual({ status: 504, code: 'QUERY_TIMEOUT' });
    expect(ms).toBeLessThan(TIMEOUT_MS + GRACE_MS);
    await waitUntilNoTaggedTransactions(driver, 60_000);
  });

  it('answers 504 in time for work that flows as rows, and Neo4j lets go of it', async () => {
    const entry = RUNAWAY_CORPUS.find((each) => each.name === 'billion-row filter');
    if (!entry) throw new Error('corpus entry missing');
    const { status, body, ms } = await postCypher(server, entry.query);
    expect({ status, code: body.error.code }).toStrictEqual({ status: 504, code: 'QUERY_TIMEOUT' });
    expect(ms).toBeLessThan(TIMEOUT_MS + GRACE_MS);
    await waitUntilNoTaggedTransactions(driver, 5000);
  });
});

describe('memory-bound queries are the query’s fault', () => {
  let server: RunningServer;

  beforeAll(async () => {
    // A long time limit, so that the memory limit is what stops the query.
    server = await startTestServer({ cypher: { timeoutMs: 20_000 }, rateLimitPerMinute: 10_000 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers 422 QUERY_MEMORY_LIMIT naming the per-query limit, never 503', async () => {
    const { status, body } = await postCypher(
      server,
      'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n',
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe('QUERY_MEMORY_LIMIT');
    expect(body.error.message).toMatch(
      /^The query needs more memory than Neo4j allows \(limit: db\.memory\.transaction\.max \(per query\), 64\.0? ?MiB\)\. Retrying will not help/,
    );
  });
});
