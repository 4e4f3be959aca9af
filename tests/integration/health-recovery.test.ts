import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthDto } from '@newsgraph/model';
import type { RunningServer } from '../../server/src/index.ts';
import { runningPid, startInstance, stopInstance } from '../../tools/neo4j/launcher.ts';
import { startTestServer } from '../support/server.ts';

async function getHealth(
  server: RunningServer,
): Promise<{ status: number; body: HealthDto; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/health`);
  return {
    status: response.status,
    body: (await response.json()) as HealthDto,
    ms: performance.now() - started,
  };
}

async function waitForHealth(
  server: RunningServer,
  status: number,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if ((await getHealth(server)).status === status) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/api/health did not answer ${status} within ${timeoutMs} ms`);
}

// A Neo4j stop and start can take minutes when the machine is busy.
const NEO4J_RESTART_TIMEOUT_MS = 240_000;

/** Each test puts Neo4j in the state it starts from, so the tests run in any order. */
async function ensureNeo4jUp(server: RunningServer): Promise<void> {
  if (runningPid('test') === null) await startInstance('test');
  await waitForHealth(server, 200, 30_000);
}

async function ensureNeo4jDown(server: RunningServer): Promise<void> {
  if (runningPid('test') !== null) await stopInstance('test');
  await waitForHealth(server, 503, 10_000);
}

describe('GET /api/health while Neo4j stops and starts under a running server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
    // Leave the shared test instance running for the suites that follow.
    if (runningPid('test') === null) await startInstance('test');
  }, NEO4J_RESTART_TIMEOUT_MS);

  it(
    'answers 200 with the Neo4j version while Neo4j is up',
    async () => {
      await ensureNeo4jUp(server);
      const { status, body } = await getHealth(server);
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.neo4j.connected).toBe(true);
      expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    },
    NEO4J_RESTART_TIMEOUT_MS,
  );

  it(
    'turns 503 within 2 s of Neo4j stopping, answering quickly',
    async () => {
      await ensureNeo4jUp(server);
      await stopInstance('test');
      const { status, body, ms } = await getHealth(server);
      expect(status).toBe(503);
      expect(body.status).toBe('unavailable');
      expect(body.neo4j.connected).toBe(false);
      expect(body.neo4j.version).toBeNull();
      expect(ms).toBeLessThan(2000);
    },
    NEO4J_RESTART_TIMEOUT_MS,
  );

  it(
    'turns 200 within 1 s once Neo4j answers again, with no server restart',
    async () => {
      await ensureNeo4jDown(server);
      await startInstance('test');
      // The wait is longer than the bound, so that a slow recovery fails on the
      // assertion with its real figure rather than inside the helper.
      const recoveryMs = await waitForHealth(server, 200, 10_000);
      expect(recoveryMs).toBeLessThan(1000);
      expect((await getHealth(server)).body.neo4j.connected).toBe(true);
    },
    NEO4J_RESTART_TIMEOUT_MS,
  );
});
