import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto, CypherResultDto, SavedQueryDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { STARTER_QUERIES } from '../../../server/src/services/starterQueries.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

const draft = {
  name: 'Entities by type (test)',
  description: 'Lists entities of one type',
  cypher: 'MATCH (n:Entity) WHERE n.type = $type RETURN n.id AS id ORDER BY id LIMIT $limit',
  parameters: [
    { name: 'type', type: 'string', default: 'Company' },
    { name: 'limit', type: 'integer', default: 5 },
  ],
  tags: ['test'],
};

describe('saved queries', () => {
  let server: RunningServer;
  let driver: Driver;
  const created: string[] = [];

  beforeAll(async () => {
    driver = openTestDriver();
    server = await startTestServer({ writeToken: TOKEN, rateLimitPerMinute: 10_000 });
    await server.prepared;
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (q:SavedQuery) WHERE q.id IN $ids DETACH DELETE q', {
      ids: created,
    });
    await server.close();
    await driver.close();
  });

  it('seeds the starter library once, idempotently', async () => {
    const { body } = await requestJson<SavedQueryDto[]>(`${server.url}/api/queries`);
    const starterIds = STARTER_QUERIES.map((query) => query.id);
    expect(
      body
        .filter((query) => starterIds.includes(query.id))
        .map((query) => query.id)
        .sort(),
    ).toStrictEqual(starterIds.slice().sort());
  });

  it('needs the bearer token to write: 401 without, 403 with a wrong one', async () => {
    const missing = await requestJson(`${server.url}/api/queries`, { body: draft });
    expect(missing.status).toBe(401);
    expect((missing.body as ApiErrorDto).error.code).toBe('UNAUTHORIZED');
    const wrong = await requestJson(`${server.url}/api/queries`, {
      body: draft,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(403);
    expect((wrong.body as ApiErrorDto).error.code).toBe('FORBIDDEN');
  });

  it('creates, reads, runs with parameters, updates with versioning and deletes', async () => {
    const create = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: draft,
      headers: auth,
    });
    expect(create.status).toBe(201);
    const saved = create.body;
    created.push(saved.id);
    expect(saved).toMatchObject({ ...draft, version: 1 });

    const read = await requestJson<SavedQueryDto>(`${server.url}/api/queries/${saved.id}`);
    expect(read.body).toStrictEqual(saved);

    await driver.executeQuery(
      "MERGE (:Entity:Probe {id: 'probe-a', type: 'ProbeType'}) MERGE (:Entity:Probe {id: 'probe-b', type: 'ProbeType'})",
    );
    const run = await requestJson<CypherResultDto>(`${server.url}/api/queries/${saved.id}/run`, {
      body: { params: { type: 'ProbeType', limit: '1' } },
    });
    expect(run.status).toBe(200);
    expect(run.body.rows).toStrictEqual([['probe-a']]);
    await driver.executeQuery('MATCH (n:Probe) DETACH DELETE n');

    const badParam = await requestJson(`${server.url}/api/queries/${saved.id}/run`, {
      body: { params: { nope: 1 } },
    });
    expect(badParam.status).toBe(400);

    const update = await requestJson<SavedQueryDto>(`${server.url}/api/queries/${saved.id}`, {
      method: 'PUT',
      body: { ...draft, name: 'Renamed', version: 1 },
      headers: auth,
    });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ name: 'Renamed', version: 2 });

    const stale = await requestJson<ApiErrorDto>(`${server.url}/api/queries/${saved.id}`, {
      method: 'PUT',
      body: { ...draft, name: 'Lost update', version: 1 },
      headers: auth,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    const removed = await requestJson(`${server.url}/api/queries/${saved.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(removed.status).toBe(204);
    expect((await requestJson(`${server.url}/api/queries/${saved.id}`)).status).toBe(404);
  });

  it('refuses a saved query that writes when it runs', async () => {
    const create = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: { ...draft, name: 'Sneaky', cypher: 'CREATE (n:Sneaky) RETURN n', parameters: [] },
      headers: auth,
    });
    created.push(create.body.id);
    const run = await requestJson(`${server.url}/api/queries/${create.body.id}/run`, { body: {} });
    expect(run.status).toBe(403);
    const { records } = await driver.executeQuery('MATCH (n:Sneaky) RETURN count(n) AS c');
    expect(Number(records[0]?.get('c'))).toBe(0);
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const create = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: draft,
      headers: auth,
    });
    created.push(create.body.id);
    const edits = await Promise.all(
      ['first', 'second', 'third'].map((name) =>
        requestJson<SavedQueryDto>(`${server.url}/api/queries/${create.body.id}`, {
          method: 'PUT',
          body: { ...draft, name, version: 1 },
          headers: auth,
        }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toStrictEqual([200, 409, 409]);
    const final = await requestJson<SavedQueryDto>(`${server.url}/api/queries/${create.body.id}`);
    const winner = edits.find((edit) => edit.status === 200)?.body.name;
    expect(final.body).toMatchObject({ name: winner, version: 2 });
  });

  it('survives a server restart', async () => {
    const create = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: { ...draft, name: 'Durable' },
      headers: auth,
    });
    created.push(create.body.id);
    await server.close();
    server = await startTestServer({ writeToken: TOKEN, rateLimitPerMinute: 10_000 });
    const read = await requestJson<SavedQueryDto>(`${server.url}/api/queries/${create.body.id}`);
    expect(read.body).toStrictEqual(create.body);
  });
});
