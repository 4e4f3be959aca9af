import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import {
  buildDegreeCounts,
  FIND_NODE,
  NODE_EVIDENCE,
  NODE_MENTIONS,
} from '../../server/src/graph/queries/explore.ts';
import { SCHEMA_NAMES } from '../../server/src/graph/queries/schema.ts';
import { INTERNAL_RELATIONSHIP_TYPES } from '../../server/src/graph/schemaCache.ts';
import { runningPid, startInstance } from '../../tools/neo4j/launcher.ts';
import { openTestDriver } from '../support/driver.ts';
import { requestJson } from '../support/http.ts';
import { seedTestDatabase } from '../support/seedTestDatabase.ts';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { MIXED_REQUESTS, runLoad } from '../support/load.ts';
import { recordSummary } from '../support/summary.ts';

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
const CONNECTIONS = 64;
/**
 * How long the fault test waits for Neo4j and the API after the restart. At
 * load average 26 a cold Neo4j needed 77 s before it answered the node
 * route's statements; the bound under test is the API's lag behind that.
 */
const RECOVERY_WINDOW_MS = 180_000;

/**
 * The statements GET /api/nodes/tiktok runs, in its order. After a crash
 * Neo4j's JVM and plan cache are cold, and each new statement is planned
 * anew; the API cannot answer before Neo4j has done that work once.
 */
async function nodeRouteStatements(driver: Driver): Promise<void> {
  const params = { id: 'tiktok' };
  const run = (cypher: string, values: Record<string, unknown> = params) =>
    driver.executeQuery(cypher, values, { routing: 'READ' });
  await run(FIND_NODE);
  const { records } = await run(SCHEMA_NAMES, {});
  const types = (records[0]?.get('types') as string[]).filter(
    (type) => !(INTERNAL_RELATIONSHIP_TYPES as readonly string[]).includes(type),
  );
  await run(buildDegreeCounts(types.sort()));
  await run(NODE_EVIDENCE);
  await run(NODE_MENTIONS);
}

/** When a direct Bolt client first gets answers to the node route's statements, polled every 100 ms. */
async function firstDirectAnswer(since: number): Promise<number> {
  const driver = openTestDriver();
  try {
    while (performance.now() - since < RECOVERY_WINDOW_MS) {
      const answered = await nodeRouteStatements(driver).then(
        () => true,
        () => false,
      );
      if (answered) return performance.now();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `Neo4j did not answer within ${String(RECOVERY_WINDOW_MS / 1000)} s of its start`,
    );
  } finally {
    await driver.close();
  }
}

describe('under load', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    seedTestDatabase();
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server.stop();
  });

  it(`serves ${CONNECTIONS} connections for ${LOAD_SECONDS} s with no errors but intended 429s, and flat memory`, async () => {
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(server.rssBytes()), 1000);
    const { done, statusCounts } = runLoad(server.url, LOAD_SECONDS, CONNECTIONS);
    const result = await done;
    clearInterval(sampler);

    const unexpected = [...statusCounts.entries()].filter(
      ([status]) => status >= 400 && status !== 429,
    );
    const atMinuteOne = rssSamples[Math.min(59, rssSamples.length - 1)] ?? 0;
    const atEnd = rssSamples.at(-1) ?? 0;
    const growth = atMinuteOne === 0 ? 0 : (atEnd - atMinuteOne) / atMinuteOne;
    recordSummary('load', {
      seconds: LOAD_SECONDS,
      connections: CONNECTIONS,
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      statuses: Object.fromEntries(statusCounts),
      transportErrors: result.errors,
      timeouts: result.timeouts,
      rssMbAtMinute1: Math.round(atMinuteOne / 1e6),
      rssMbAtEnd: Math.round(atEnd / 1e6),
      rssGrowthPercent: Math.round(growth * 1000) / 10,
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(unexpected).toStrictEqual([]);
    expect(statusCounts.get(200) ?? 0).toBeGreaterThan(1000);
    if (LOAD_SECONDS > 60) expect(growth).toBeLessThan(0.1);
  });
});

describe('when Neo4j is killed under load', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    if (runningPid('test') === null) await startInstance('test');
    server = await startServerProcess({ RATE_LIMIT_CYPHER_PER_MINUTE: '100000' });
  });

  afterAll(async () => {
    await server.stop();
    if (runningPid('test') === null) await startInstance('test');
  });

  it('answers 503 quickly during the outage, serves again within 1 s of Neo4j’s return, and loses no acknowledged saved query', async () => {
    const load = runLoad(server.url, 40, 16, MIXED_REQUESTS.slice(0, 3));

    // Write, get the acknowledgement, then kill.
    const saved = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: { name: `Acknowledged before the kill ${Date.now()}`, cypher: 'RETURN 1 AS one' },
    });
    expect(saved.status).toBe(201);

    const pid = runningPid('test');
    if (pid === null) throw new Error('The test Neo4j is not running.');
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    while (runningPid('test') !== null) await new Promise((resolve) => setTimeout(resolve, 50));

    const outageLatencies: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const { status } = await requestJson(`${server.url}/api/nodes/tiktok`);
      outageLatencies.push(performance.now() - started);
      expect(status).toBe(503);
    }

    await startInstance('test');
    const neo4jBackAt = performance.now();
    // "Neo4j answers again" is when it runs the node route's statements for
    // a client of its own. After a crash its JVM and plan cache are cold, and
    // on a busy machine that work, not the API, is what the first seconds
    // wait on (45 s at load 15 in one run); the API must add under 1 s.
    const neo4jAnswers = firstDirectAnswer(neo4jBackAt);
    let recoveredAt = 0;
    // What each poll saw, to tell what recovery waits on when it is slow.
    const timeline: string[] = [];
    while (performance.now() - neo4jBackAt < RECOVERY_WINDOW_MS) {
      const sent = performance.now();
      const { status, body } = await requestJson<{ error?: { code: string } }>(
        `${server.url}/api/nodes/tiktok`,
      );
      timeline.push(
        `${Math.round(sent - neo4jBackAt)}ms:${status}${body.error ? `/${body.error.code}` : ''}(${Math.round(performance.now() - sent)}ms)`,
      );
      if (status === 200) {
        recoveredAt = performance.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const neo4jAnsweredAt = await neo4jAnswers;
    load.instance.stop();
    await load.done;

    const readBack = await requestJson<SavedQueryDto>(`${server.url}/api/queries/${saved.body.id}`);
    recordSummary('fault', {
      outageSeconds: Math.round((neo4jBackAt - killedAt) / 100) / 10,
      recoverySeconds:
        recoveredAt === 0 ? null : Math.round((recoveredAt - neo4jBackAt) / 100) / 10,
      neo4jAnswersSeconds: Math.round((neo4jAnsweredAt - neo4jBackAt) / 100) / 10,
      apiAfterNeo4jMs: recoveredAt === 0 ? null : Math.round(recoveredAt - neo4jAnsweredAt),
      worst503ms: Math.round(Math.max(...outageLatencies)),
      recoveryTimeline: timeline.join(' '),
      statusesDuringRun: Object.fromEntries(load.statusCounts),
      savedQueryKept: readBack.status === 200,
    });
    expect(Math.max(...outageLatencies)).toBeLessThan(1000);
    expect(recoveredAt).toBeGreaterThan(0);
    expect(recoveredAt - neo4jAnsweredAt).toBeLessThan(1000);
    expect(readBack.body).toStrictEqual(saved.body);
    await requestJson(`${server.url}/api/queries/${saved.body.id}`, { method: 'DELETE' });
  });
});
