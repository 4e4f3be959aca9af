import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArticleDto,
  ArticleSummaryDto,
  EntityGraphDto,
  GraphDto,
  NeighboursDto,
  NodeDetailsDto,
  PathsDto,
  RelationshipDetailsDto,
  SchemaDto,
  SearchResultDto,
} from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';

const ARTICLE = 'afp-2023-03-24-china-tiktok-data';

describe('every route over the seeded article graph', () => {
  let server: RunningServer;
  const get = <T>(path: string) => requestJson<T>(`${server.url}${path}`);

  beforeAll(async () => {
    seedTestDatabase();
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('GET /api/schema counts labels and relationship types', async () => {
    const { status, body } = await get<SchemaDto>('/api/schema');
    expect(status).toBe(200);
    const label = (name: string) => body.labels.find((entry) => entry.label === name)?.count;
    const type = (name: string) =>
      body.relationshipTypes.find((entry) => entry.type === name)?.count;
    expect(label('Article')).toBe(1);
    expect(label('Person')).toBeGreaterThanOrEqual(2);
    expect(type('BANS')).toBe(5);
    expect(type('OWNS')).toBe(2);
    expect(body.labels.map((entry) => entry.label)).not.toContain('SavedQuery');
    expect(body.labels.map((entry) => entry.label)).not.toContain('GraphRevision');
    expect(body.propertyKeys).toContain('evidenceQuotes');
  });

  it.each([
    ['byted', 'bytedance'],
    ['tik tok', 'tiktok'],
    ['chew', 'shou-zi-chew'],
    ['Beijing', 'china'],
    ['oracel', 'oracle'],
  ])('GET /api/search?q=%s ranks %s first', async (query, expectedId) => {
    const { status, body } = await get<SearchResultDto>(
      `/api/search?q=${encodeURIComponent(query)}&limit=5`,
    );
    expect(status).toBe(200);
    expect(body.hits[0]?.node.id).toBe(expectedId);
  });

  it('GET /api/nodes/:id gives evidence, mentions and neighbour counts by type and direction', async () => {
    const { status, body } = await get<NodeDetailsDto>('/api/nodes/tiktok');
    expect(status).toBe(200);
    expect(body.node.labels).toStrictEqual(['Entity', 'Product']);
    expect(body.neighbourCounts).toContainEqual({ type: 'BANS', direction: 'in', count: 5 });
    expect(body.neighbourCounts).toContainEqual({ type: 'OWNS', direction: 'in', count: 1 });
    const ownership = body.evidence
      .filter((item) => item.relationshipId === 'bytedance-owns-tiktok')
      .map((item) => item.quote);
    // The wire copy has a no-break space after "TikTok"; \s matches it.
    expect(
      ownership.some((quote) => /^TikTok\sis owned by the Chinese group ByteDance$/.test(quote)),
    ).toBe(true);
    expect(body.mentions.length).toBeGreaterThan(3);
    const surfaceForms = [body.node.name, ...body.node.aliases];
    expect(body.mentions.filter((mention) => !surfaceForms.includes(mention.text))).toStrictEqual(
      [],
    );
  });

  it('GET /api/nodes/:id/neighbors is bounded, filtered and paged', async () => {
    const page = await get<NeighboursDto>(
      '/api/nodes/tiktok/neighbors?type=BANS&direction=in&limit=2',
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 5, truncated: true, limit: 2, offset: 0 });
    expect(page.body.edges).toHaveLength(2);
    expect(page.body.edges.every((edge) => edge.type === 'BANS' && edge.target === 'tiktok')).toBe(
      true,
    );
    const rest = await get<NeighboursDto>(
      '/api/nodes/tiktok/neighbors?type=BANS&direction=in&limit=10&offset=2',
    );
    expect(rest.body).toMatchObject({ total: 5, truncated: false });
    const ids = new Set([...page.body.edges, ...rest.body.edges].map((edge) => edge.id));
    expect(ids.size).toBe(5);
    // Neighbours leave out articleIds (it can list thousands); node details keep it.
    const banners = rest.body.nodes.filter((node) => node.id !== 'tiktok');
    expect(banners.length).toBeGreaterThan(0);
    for (const node of banners) {
      expect(node.labels[0]).toBe('Entity');
      expect(node.name).toEqual(expect.any(String));
      expect(node).not.toHaveProperty('articleIds');
    }
    const details = await get<NodeDetailsDto>(`/api/nodes/${banners[0]?.id ?? ''}`);
    expect(details.body.node.articleIds).toEqual(expect.arrayContaining([ARTICLE]));
  });

  it('a neighbour on a page is the entity its details show, every attribute kept, articleIds left out', async () => {
    const page = await get<NeighboursDto>('/api/nodes/bytedance/neighbors?limit=50');
    expect(page.status).toBe(200);
    const tiktok = page.body.nodes.find((node) => node.id === 'tiktok');
    // TikTok carries attributes of its own (americanUsers, category) beside the reserved keys.
    expect(tiktok?.attributes).toStrictEqual({
      category: 'short-video platform',
      americanUsers: 150000000,
    });
    for (const node of page.body.nodes) {
      const details = await get<NodeDetailsDto>(`/api/nodes/${node.id}`);
      const { articleIds, ...withoutArticleIds } = details.body.node;
      expect(articleIds).toEqual(expect.arrayContaining([ARTICLE]));
      expect(node).toStrictEqual(withoutArticleIds);
    }
  });

  it('GET /api/relationships/:id gives endpoints and quotes that match the article', async () => {
    const { status, body } = await get<RelationshipDetailsDto>(
      '/api/relationships/bytedance-owns-tiktok',
    );
    expect(status).toBe(200);
    expect(body.source.id).toBe('bytedance');
    expect(body.target.id).toBe('tiktok');
    const article = await get<ArticleDto>(`/api/articles/${ARTICLE}`);
    for (const evidence of body.edge.evidence) {
      expect(article.body.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      const sentence = article.body.sentences[evidence.sentenceIndex];
      expect(sentence?.relationshipIds).toContain('bytedance-owns-tiktok');
    }
  });

  it('GET /api/paths/shortest finds the paths between two entities', async () => {
    const { status, body } = await get<PathsDto>('/api/paths/shortest?from=bytedance&to=oracle');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(0);
    const nodeIds = new Set(body.nodes.map((node) => node.id));
    const edges = new Map(body.edges.map((edge) => [edge.id, edge]));
    for (const path of body.paths) {
      expect(path.nodeIds[0]).toBe('bytedance');
      expect(path.nodeIds.at(-1)).toBe('oracle');
      expect(path.edgeIds).toHaveLength(body.length ?? -1);
      // Every step is in the graph, and each edge joins the two nodes it sits between.
      path.edgeIds.forEach((edgeId, step) => {
        const edge = edges.get(edgeId);
        const ends = [path.nodeIds[step], path.nodeIds[step + 1]].sort();
        expect(edge && [edge.source, edge.target].sort()).toStrictEqual(ends);
      });
      for (const id of path.nodeIds) expect(nodeIds.has(id)).toBe(true);
    }
    // Like neighbour pages, paths leave out the entities' articleIds.
    for (const node of body.nodes) expect(node).not.toHaveProperty('articleIds');
  });

  it('GET /api/articles and /api/articles/:id link sentences to relationships', async () => {
    const list = await get<ArticleSummaryDto[]>('/api/articles');
    expect(list.body.map((article) => article.id)).toContain(ARTICLE);
    const { body } = await get<ArticleDto>(`/api/articles/${ARTICLE}`);
    expect(body).toMatchObject({
      outlet: 'Unknown outlet',
      publishedAt: '2023-03-24',
      language: 'en',
      provenance: {
        outlet: 'unknown',
        publishedAt: 'inferred',
        credit: '(With information from AFP)',
        note: expect.stringContaining(
          'AFP is a source of information, not the publisher',
        ) as string,
      },
    });
    expect(body.sentences.length).toBe(body.sentenceCount);
    for (const sentence of body.sentences)
      expect(body.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(
      body.sentences.filter((sentence) => sentence.relationshipIds.length > 0).length,
    ).toBeGreaterThan(10);
  });

  it('GET /api/graph/overview shows the whole article graph', async () => {
    const { body } = await get<EntityGraphDto>('/api/graph/overview');
    expect(body.nodes.length).toBeGreaterThanOrEqual(39);
    const ids = new Set(body.nodes.map((node) => node.id));
    expect(body.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });

  it('POST /api/export answers each format with its Content-Type and a file name', async () => {
    const request = { nodeIds: ['bytedance', 'tiktok', 'shou-zi-chew'] };
    const download = async (format: string) =>
      fetch(`${server.url}/api/export`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...request, format }),
      });
    const json = await download('json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toMatch(
      /^attachment; filename="newsgraph-subgraph-3n-2e-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const graph = (await json.json()) as GraphDto;
    expect(graph.edges.map((edge) => edge.id).sort()).toStrictEqual([
      'bytedance-owns-tiktok',
      'chew-ceo-of-tiktok',
    ]);

    const graphml = await download('graphml');
    expect(graphml.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(await graphml.text()).toContain(
      '<edge id="bytedance-owns-tiktok" source="bytedance" target="tiktok">',
    );

    const csv = await download('csv');
    expect(csv.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await csv.arrayBuffer()));
    expect(strFromU8(files['relationships.csv'] ?? new Uint8Array()).split('\r\n')[0]).toMatch(
      /^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,id:string,/,
    );

    const cypher = await download('cypher');
    expect(await cypher.text()).toContain('MERGE (a)-[r:`OWNS` {id: row.id}]->(b)');
  });
});
