import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto, RelationshipsAmongDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';
import { connectChunks, connectInChunks } from '../../../client/src/state/connect.ts';

describe('POST /api/relationships/among', () => {
  let server: RunningServer;
  let driver: Driver;
  const among = <T = RelationshipsAmongDto>(body: unknown) =>
    requestJson<T>(`${server.url}/api/relationships/among`, { body });

  /** The truth, asked of Neo4j directly: ids of relationships touching a new entity whose other end is new or visible. */
  async function expectedIds(newIds: string[], visibleIds: string[]): Promise<string[]> {
    const result = await driver.executeQuery(
      `MATCH (a:Entity)-[r]-(b:Entity)
       WHERE a.id IN $newIds AND (b.id IN $newIds OR b.id IN $visibleIds)
       RETURN collect(DISTINCT r.id) AS ids`,
      { newIds, visibleIds },
    );
    return (result.records[0]?.get('ids') as string[]).sort();
  }

  async function allEntityIds(): Promise<string[]> {
    const result = await driver.executeQuery('MATCH (e:Entity) RETURN collect(e.id) AS ids');
    return (result.records[0]?.get('ids') as string[]).sort();
  }

  beforeAll(async () => {
    seedTestDatabase();
    driver = openTestDriver();
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('returns the relationship between two related entities as a typed edge', async () => {
    const { status, body } = await among({ newIds: ['tiktok'], visibleIds: ['bytedance'] });
    expect(status).toBe(200);
    const owns = body.edges.find((edge) => edge.id === 'bytedance-owns-tiktok');
    expect(owns && { ...owns, evidence: [] }).toStrictEqual({
      id: 'bytedance-owns-tiktok',
      type: 'OWNS',
      source: 'bytedance',
      target: 'tiktok',
      attribution: 'narrated',
      stance: null,
      speaker: null,
      date: null,
      scope: null,
      inference: null,
      evidence: [],
      attributes: {},
    });
    expect(owns?.evidence.map((quote) => quote.quote)).toEqual(
      expect.arrayContaining(['TikTok\u00a0is owned by the Chinese group ByteDance']),
    );
    const ids = body.edges.map((edge) => edge.id).sort();
    expect(ids).toStrictEqual(await expectedIds(['tiktok'], ['bytedance']));
    expect({ ...body, edges: [] }).toStrictEqual({
      edges: [],
      total: ids.length,
      truncated: false,
      limit: 1000,
    });
  });

  it('finds every relationship among a whole canvas, new nodes among themselves too', async () => {
    const everyone = await allEntityIds();
    const newIds = everyone.slice(0, 12);
    const visibleIds = everyone.slice(12);
    const { status, body } = await among({ newIds, visibleIds, limit: 5000 });
    expect(status).toBe(200);
    const expected = await expectedIds(newIds, visibleIds);
    expect(expected.length).toBeGreaterThan(10);
    expect(body.edges.map((edge) => edge.id).sort()).toStrictEqual(expected);
    expect(body.total).toBe(expected.length);
    expect(body.truncated).toBe(false);
  });

  it('leaves out relationships between two nodes that were both already visible', async () => {
    const { body } = await among({ newIds: ['oracle'], visibleIds: ['bytedance', 'tiktok'] });
    expect(body.edges.map((edge) => edge.id)).not.toContain('bytedance-owns-tiktok');
    expect(body.edges.map((edge) => edge.id).sort()).toStrictEqual(
      await expectedIds(['oracle'], ['bytedance', 'tiktok']),
    );
  });

  it('caps the edges at `limit` and says how many exist', async () => {
    const everyone = await allEntityIds();
    const expected = await expectedIds(everyone, []);
    const { status, body } = await among({ newIds: everyone, limit: 3 });
    expect(status).toBe(200);
    expect(body.edges).toHaveLength(3);
    expect(body.total).toBe(expected.length);
    expect(body.truncated).toBe(true);
    expect(body.limit).toBe(3);
    for (const edge of body.edges) expect(expected).toContain(edge.id);
  });

  it.each([
    ['no new ids', { newIds: [] }, /body\.newIds: Too small/],
    ['ids that are not strings', { newIds: [42] }, /body\.newIds\.0/],
    ['an empty id', { newIds: [''] }, /body\.newIds\.0/],
    ['a limit of 0', { newIds: ['tiktok'], limit: 0 }, /body\.limit/],
    ['an unknown field', { newIds: ['tiktok'], nodes: [] }, /nodes/],
    [
      'more ids than allowed',
      { newIds: ['tiktok'], visibleIds: Array.from({ length: 5000 }, (_, i) => `e${String(i)}`) },
      /at most 5000 ids/,
    ],
  ])('answers 400 for %s', async (_name, body, message) => {
    const response = await among<ApiErrorDto>(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_INPUT');
    expect(response.body.error.message).toMatch(message);
  });

  it('answers 404 naming the ids that name no node', async () => {
    const response = await among<ApiErrorDto>({
      newIds: ['tiktok', 'no-such-entity'],
      visibleIds: ['bytedance', 'nobody-either'],
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    expect(response.body.error.message).toMatch(
      /^No entity or node has the id "no-such-entity", "nobody-either"\./,
    );
  });

  it('asked in chunks, as the client asks past 1 000 new entities, gives what one request gives', async () => {
    // The article's entities in chunks of 7 against the real API (the client's chunks hold 1 000).
    const ids = await allEntityIds();
    const [visible, fresh] = [ids.slice(0, 5), ids.slice(5)];
    const request = { newIds: fresh, visibleIds: visible, limit: 5000 };
    const chunks = connectChunks(request, 7) ?? [];
    expect(chunks.length).toBeGreaterThan(3);
    const ask = async (chunk: unknown) => (await among(chunk)).body;
    const chunked = await connectInChunks(ask, chunks, 5000);
    const whole = (await among(request)).body;
    expect(chunked.edges.map((edge) => edge.id).sort()).toEqual(await expectedIds(fresh, visible));
    expect(chunked.edges.map((edge) => edge.id).sort()).toEqual(
      whole.edges.map((edge) => edge.id).sort(),
    );
    // Each pair is asked about once, so the chunks' totals add up to the whole's.
    expect(chunked.total).toBe(whole.total);
  });
});
