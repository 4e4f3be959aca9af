import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import { requestJson } from '../support/http.ts';
import { MIXED_REQUESTS, runLoad } from '../support/load.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { cpuSeconds } from '../support/procStat.ts';
import { seedTestDatabase } from '../support/seedTestDatabase.ts';
import { freePort, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { recordSummary } from '../support/summary.ts';

// Three server processes behind the nginx config that ships in deploy/nginx,
// in front of one Neo4j (issue #15): the servers hold no state that matters.
const REPLICAS = 3;
const TOKEN = 'replicas-write-token-3318';
const RATE_LIMIT = 20;
const LOAD_SECONDS = Number(process.env.REPLICA_LOAD_SECONDS ?? 30);
const auth = { authorization: `Bearer ${TOKEN}` };

/**
 * nginx appends the caller to X-Forwarded-For and the servers trust it from
 * loopback, so each test can act as its own client (its own rate-limit key).
 */
const asClient = (n: number) => ({ 'x-forwarded-for': `198.51.100.${String(n)}` });

const READS = [
  '/api/nodes/tiktok',
  '/api/search?q=tik',
  '/api/nodes/tiktok/neighbors?limit=50',
  '/api/graph/overview',
  '/api/paths/shortest?from=bytedance&to=oracle',
  '/api/articles',
  '/api/schema',
];

let servers: ServerProcess[] = [];
let nginx: RunningNginx;

beforeAll(async () => {
  seedTestDatabase();
  servers = await Promise.all(
    Array.from({ length: REPLICAS }, () =>
      startServerProcess({
        ACCESS_MODE: 'shared',
        EXPLORER_WRITE_TOKEN: TOKEN,
        RATE_LIMIT_CYPHER_PER_MINUTE: String(RATE_LIMIT),
      }),
    ),
  );
  const ports = servers.map((server) => Number(new URL(server.url).port));
  nginx = await startNginx(ports, await freePort());
});

afterAll(async () => {
  await nginx.stop();
  await Promise.all(servers.map((server) => server.stop()));
});

async function createQuery(name: string, client: number) {
  return requestJson<SavedQueryDto>(`${nginx.url}/api/queries`, {
    headers: { ...auth, ...asClient(client) },
    body: { name, cypher: 'RETURN 1 AS one', description: '', parameters: [], tags: ['replicas'] },
  });
}

describe(`${String(REPLICAS)} servers behind nginx`, () => {
  it('answer every read exactly as one server does', async () => {
    for (const path of READS) {
      // Three requests in a row reach each server once (round-robin).
      const direct = await requestJson(`${servers[0]?.url ?? ''}${path}`);
      for (let i = 0; i < REPLICAS; i += 1) {
        const proxied = await requestJson(`${nginx.url}${path}`, { headers: asClient(1) });
        expect({ path, status: proxied.status, body: proxied.body }).toStrictEqual({
          path,
          status: direct.status,
          body: direct.body,
        });
      }
    }
  });

  it(`serve a ${String(LOAD_SECONDS)} s load through nginx with no errors, spread over every server`, async () => {
    const before = servers.map((server) => cpuSeconds(server.pid));
    const requests = MIXED_REQUESTS.map((request) => ({
      ...request,
      headers: { ...request.headers, ...asClient(2) },
    }));
    const { done, statusCounts } = runLoad(nginx.url, LOAD_SECONDS, 32, requests);
    const result = await done;
    const cpu = servers.map((server, i) => cpuSeconds(server.pid) - (before[i] ?? 0));
    const unexpected = [...statusCounts.entries()].filter(([s]) => s >= 400 && s !== 429);
    recordSummary('replicas', {
      replicas: REPLICAS,
      seconds: LOAD_SECONDS,
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      statuses: Object.fromEntries(statusCounts),
      serverCpuSeconds: cpu.map((s) => Math.round(s * 10) / 10),
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(unexpected).toStrictEqual([]);
    expect(statusCounts.get(200) ?? 0).toBeGreaterThan(500);
    // Each server did a share of the work: none idled while another served.
    for (const seconds of cpu) expect(seconds).toBeGreaterThan(Math.max(...cpu) / 4);
  });

  it('lose and duplicate no saved query under concurrent edits through different servers', async () => {
    const created = await createQuery(`Replicas edit target ${String(Date.now())}`, 3);
    expect(created.status).toBe(201);
    const query = created.body;
    // Twelve users save the same version at once; nginx spreads them over the servers.
    const edits = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        requestJson<SavedQueryDto>(`${nginx.url}/api/queries/${query.id}`, {
          method: 'PUT',
          headers: { ...auth, ...asClient(10 + i) },
          body: {
            name: `Edit ${String(i)}`,
            description: query.description,
            cypher: query.cypher,
            parameters: query.parameters,
            tags: query.tags,
            version: query.version,
          },
        }),
      ),
    );
    const statuses = edits.map((edit) => edit.status).sort();
    expect(statuses).toStrictEqual([200, ...Array<number>(11).fill(409)]);
    const winner = edits.find((edit) => edit.status === 200)?.body;
    const stored = await requestJson<SavedQueryDto>(`${nginx.url}/api/queries/${query.id}`);
    expect(stored.body).toStrictEqual(winner);
    expect(stored.body.version).toBe(query.version + 1);

    // Twelve creates at once: each is stored once.
    const stamp = String(Date.now());
    const creates = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createQuery(`Replicas create ${stamp} ${String(i)}`, 30 + i),
      ),
    );
    expect(creates.map((c) => c.status)).toStrictEqual(Array<number>(12).fill(201));
    const list = await requestJson<SavedQueryDto[]>(`${nginx.url}/api/queries`);
    const names = list.body.map((q) => q.name).filter((name) => name.includes(stamp));
    expect(names.sort()).toStrictEqual(
      Array.from({ length: 12 }, (_, i) => `Replicas create ${stamp} ${String(i)}`).sort(),
    );
    for (const id of [query.id, ...creates.map((c) => c.body.id)])
      await requestJson(`${nginx.url}/api/queries/${id}`, { method: 'DELETE', headers: auth });
  });

  it('count rate limits per server, as deploy/nginx/nginx.conf documents', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < REPLICAS * RATE_LIMIT + 20; i += 1) {
      const { status } = await requestJson(`${nginx.url}/api/cypher`, {
        headers: asClient(99),
        body: { query: 'RETURN 1 AS one' },
      });
      statuses.push(status);
    }
    const served = statuses.filter((s) => s === 200).length;
    recordSummary('replicas-rate-limit', { perServerLimit: RATE_LIMIT, servedOfOneClient: served });
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toStrictEqual([]);
    // One client gets each server's allowance: more than one server's, at most all of them.
    expect(served).toBeGreaterThan(RATE_LIMIT);
    expect(served).toBeLessThanOrEqual(REPLICAS * RATE_LIMIT);
  });
});
