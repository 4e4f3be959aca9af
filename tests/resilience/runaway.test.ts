import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto } from '@newsgraph/model';
import { runningPid, startInstance, stopInstance } from '../../tools/neo4j/launcher.ts';
import { cpuShare } from '../support/procStat.ts';
import { RUNAWAY_CLASSES, RUNAWAY_CORPUS, type RunawayClass } from '../support/runawayCorpus.ts';
import { seedTestDatabase } from '../support/seedTestDatabase.ts';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { recordSummary } from '../support/summary.ts';

const TIMEOUT_MS = 3000;
const GRACE_MS = 1000;
const BURST = 8;
const PROBED_PATHS = [
  '/api/nodes/tiktok',
  '/api/search?q=tik',
  '/api/nodes/tiktok/neighbors?limit=20',
];

/**
 * Runs each probed route until it answers 200, so that the burst meets warm
 * plans: after a restart Neo4j plans each query on first use, which takes
 * seconds on a busy two-core machine and is not what this test measures.
 */
async function warmUp(url: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  for (const path of PROBED_PATHS) {
    while ((await fetch(`${url}${path}`).then((response) => response.status)) !== 200) {
      if (performance.now() > deadline) throw new Error(`${path} does not answer 200`);
    }
  }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function postCypher(
  url: string,
  query: string,
  params: Record<string, unknown> | undefined,
  client: string,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/api/cypher`, {
    method: 'POST',
    // Each request comes from its own client, as the proxy would say, so that
    // the global pool and not the per-client share is what the burst meets.
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ query, ...(params ? { params } : {}) }),
  });
  const body = (await response.json()) as Partial<ApiErrorDto>;
  return {
    status: response.status,
    code: body.error?.code ?? 'OK',
    ms: performance.now() - started,
  };
}

/** Explore requests every 100 ms until stopped; their latencies, and what was not a 200. */
function probeOtherRoutes(url: string): {
  stop: () => Promise<{ latencies: number[]; failures: string[] }>;
} {
  const latencies: number[] = [];
  const failures: string[] = [];
  const state = { running: true };
  const loop = (async () => {
    for (let i = 0; state.running; i += 1) {
      const started = performance.now();
      const path = PROBED_PATHS[i % PROBED_PATHS.length] ?? '';
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      const ms = performance.now() - started;
      latencies.push(ms);
      if (response.status !== 200)
        failures.push(`${path}: ${response.status} after ${Math.round(ms)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      return { latencies, failures };
    },
  };
}

describe('the runaway corpus, eight at a time per class (issue #15)', () => {
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    if (runningPid('test') === null) await startInstance('test');
    seedTestDatabase();
    server = await startServerProcess({
      CYPHER_TIMEOUT_MS: String(TIMEOUT_MS),
      RATE_LIMIT_CYPHER_PER_MINUTE: '100000',
    });
    await warmUp(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    if (runningPid('test') === null) await startInstance('test');
  });

  it('stops on SIGTERM within 15 s while Neo4j computes a query it cannot interrupt', async () => {
    const doomed = await startServerProcess({
      CYPHER_TIMEOUT_MS: '60000',
      SHUTDOWN_TIMEOUT_MS: '5000',
    });
    // Ten million steps in one expression: allowed by the guard, seconds of
    // uninterruptible work in Neo4j, and a request the server is still serving.
    const inFlight = postCypher(
      doomed.url,
      'RETURN size([a IN range(1, 100000) | reduce(s = 0, b IN range(1, 100) | s + a * b)]) AS n',
      undefined,
      '10.1.0.1',
    ).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    await doomed.stop();
    const stopMs = performance.now() - started;
    await inFlight;
    recordSummary('server SIGTERM with a runaway query in flight', { stopMs: Math.round(stopMs) });
    expect(stopMs).toBeLessThan(15_000);
  });

  it('answers every query within limit + 1 s, keeps other routes fast, leaves Neo4j idle, and stops in 15 s', async () => {
    if (!server) throw new Error('The server process did not start.');
    const { url } = server;
    const failures: string[] = [];
    const perClass: Record<string, unknown> = {};
    const probe = probeOtherRoutes(url);
    for (const [classIndex, runawayClass] of RUNAWAY_CLASSES.entries()) {
      const entries = RUNAWAY_CORPUS.filter((entry) => entry.class === runawayClass);
      const answers = await Promise.all(
        Array.from({ length: BURST }, (_, i) => {
          const entry = entries[i % entries.length];
          if (!entry) throw new Error(`no corpus entry of class ${runawayClass}`);
          return postCypher(url, entry.query, entry.params, `10.0.${classIndex}.${i + 1}`).then(
            (answer) => ({ entry, answer }),
          );
        }),
      );
      for (const { entry, answer } of answers) {
        const expected: string[] = [...entry.expect, 'SERVER_BUSY'];
        if (answer.ms > TIMEOUT_MS + GRACE_MS || !expected.includes(answer.code)) {
          failures.push(
            `${entry.name}: ${answer.status} ${answer.code} after ${Math.round(answer.ms)} ms`,
          );
        }
      }
      perClass[runawayClass satisfies RunawayClass] = {
        slowestMs: Math.round(Math.max(...answers.map(({ answer }) => answer.ms))),
        codes: answers.map(({ answer }) => answer.code).join(' '),
      };
    }
    const { latencies: otherLatencies, failures: otherFailures } = await probe.stop();

    const pid = runningPid('test');
    if (pid === null) throw new Error('The test Neo4j is not running.');
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const idleShare = await cpuShare(pid, 3000);

    const stopStarted = performance.now();
    await stopInstance('test');
    const stopMs = performance.now() - stopStarted;

    const p99 = percentile(otherLatencies, 99);
    recordSummary('runaway corpus', {
      corpus: RUNAWAY_CORPUS.length,
      burst: BURST,
      timeoutMs: TIMEOUT_MS,
      ...perClass,
      otherRequests: otherLatencies.length,
      otherP99ms: Math.round(p99),
      otherP50ms: Math.round(percentile(otherLatencies, 50)),
      otherFailures,
      neo4jCpuPercentOfOneCore15sAfter: Math.round(idleShare * 100),
      stopSeconds: Math.round(stopMs / 100) / 10,
    });
    expect(failures).toStrictEqual([]);
    expect(RUNAWAY_CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(otherFailures).toStrictEqual([]);
    expect(p99).toBeLessThan(1000);
    expect(idleShare).toBeLessThan(0.2);
    expect(stopMs).toBeLessThan(15_000);
  });
});
