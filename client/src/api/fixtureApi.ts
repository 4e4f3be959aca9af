import type { ExplorerApi, SavedQueryInput } from './explorerApi.ts';
import { asArticleId, inDateRange } from '@newsgraph/model';
import { FIXTURE_ARTICLE, FIXTURE_GRAPH } from './fixtureGraph.ts';
import { ApiError } from './http.ts';
import { entityTypeOf } from '../domain/entities.ts';
import type { CypherResultDto, EntityGraphDto, EntityDto, SavedQueryDto } from './types.ts';

const nodeById = new Map<string, EntityDto>(FIXTURE_GRAPH.nodes.map((node) => [node.id, node]));

function requireNode(id: string): EntityDto {
  const node = nodeById.get(id);
  if (!node) throw new ApiError(404, 'NOT_FOUND', `No entity has the id "${id}".`);
  return node;
}

const now = '2023-03-24T00:00:00.000Z';

/**
 * An in-memory ExplorerApi over the fixture graph: used by component tests
 * and by `?fixtures` in the browser when no server runs. Cypher is not
 * interpreted: any query returns the whole fixture graph, except that a query
 * containing "SYNTAX" fails like a real syntax error.
 */
export function createFixtureApi(): ExplorerApi {
  let queries: SavedQueryDto[] = [
    {
      id: 'q-neighbours',
      name: 'Who is linked to an entity',
      description: 'Every relationship of one entity.',
      cypher: 'MATCH (e:Entity {id: $id})-[r]-(other) RETURN e, r, other',
      parameters: [{ name: 'id', type: 'node-id', default: 'tiktok' }],
      tags: ['explore'],
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
  ];

  const result = (graph: EntityGraphDto): CypherResultDto => ({
    columns: ['name', 'type'],
    rows: graph.nodes.map((node) => [node.name, entityTypeOf(node)]),
    graph,
    summary: { ms: 1, truncated: false, rowCount: graph.nodes.length },
  });

  const save = (input: SavedQueryInput, id: string, version: number): SavedQueryDto => ({
    ...input,
    id,
    version,
    createdAt: now,
    updatedAt: new Date().toISOString(),
  });

  return {
    health: () => Promise.resolve({ status: 'ok', neo4j: { connected: true, version: 'fixture' } }),
    capabilities: () =>
      Promise.resolve({
        accessMode: 'local',
        editSavedQueries: 'anyone',
        adhocCypher: 'anyone',
        // The fixture has no authoring API behind it.
        editArticles: false,
        limits: { timeoutMs: 5000, rowLimit: 1000, maxConcurrent: 2, maxPerClient: 1 },
      }),
    schema: () =>
      Promise.resolve({
        labels: [{ label: 'Entity', count: FIXTURE_GRAPH.nodes.length }],
        relationshipTypes: [...new Set(FIXTURE_GRAPH.edges.map((e) => e.type))].map((type) => ({
          type,
          count: FIXTURE_GRAPH.edges.filter((e) => e.type === type).length,
        })),
        propertyKeys: ['id', 'name', 'type', 'aliases', 'stance', 'attribution'],
      }),
    search: (q, limit) => {
      const needle = q.toLowerCase();
      const hits = FIXTURE_GRAPH.nodes
        .filter((node) => node.name.toLowerCase().includes(needle))
        .slice(0, limit)
        .map((node) => ({ node, score: 1 }));
      return Promise.resolve({ query: q, hits });
    },
    resolveEntity: (id) => Promise.resolve({ id, resolvedId: requireNode(id).id }),
    node: (id) => {
      const node = requireNode(id);
      const touching = FIXTURE_GRAPH.edges.filter((e) => e.source === id || e.target === id);
      const counts = new Map<string, number>();
      for (const e of touching) {
        const key = `${e.type}|${e.source === id ? 'out' : 'in'}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const evidence = touching
        .flatMap((e) => e.evidence.map((ev) => ({ ...ev, relationshipId: e.id })))
        .sort((a, b) => a.start - b.start);
      const spans = new Set(evidence.map((e) => `${String(e.start)}:${String(e.end)}`));
      const first = evidence[0];
      return Promise.resolve({
        node,
        evidence,
        mentions: [],
        neighbourCounts: [...counts].map(([key, count]) => {
          const [type = '', direction] = key.split('|');
          return { type, direction: direction === 'out' ? 'out' : 'in', count };
        }),
        articles: [
          {
            articleId: asArticleId(FIXTURE_ARTICLE.id),
            title: FIXTURE_ARTICLE.title,
            publishedAt: FIXTURE_ARTICLE.publishedAt,
            evidenceCount: spans.size,
            firstEvidence:
              first === undefined
                ? null
                : {
                    articleId: first.articleId,
                    relationshipId: first.relationshipId,
                    sentenceIndex: first.sentenceIndex,
                    start: first.start,
                    end: first.end,
                  },
          },
        ],
      });
    },
    neighbours: ({ nodeId, type, direction = 'both', limit = 50, offset = 0 }) => {
      const centre = requireNode(nodeId);
      const matching = FIXTURE_GRAPH.edges.filter(
        (e) =>
          (type === undefined || e.type === type) &&
          ((direction !== 'in' && e.source === nodeId) ||
            (direction !== 'out' && e.target === nodeId)),
      );
      const edges = matching.slice(offset, offset + limit);
      const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
      ids.add(centre.id);
      return Promise.resolve({
        nodes: [...ids].map(requireNode),
        edges,
        total: matching.length,
        truncated: offset + limit < matching.length,
        limit,
        offset,
      });
    },
    relationship: (id) => {
      const found = FIXTURE_GRAPH.edges.find((e) => e.id === id);
      if (!found) return Promise.reject(new ApiError(404, 'NOT_FOUND', `No relationship "${id}".`));
      return Promise.resolve({
        edge: found,
        source: requireNode(found.source),
        target: requireNode(found.target),
      });
    },
    relationshipsAmong: ({ newIds, visibleIds, limit }) => {
      for (const id of [...newIds, ...visibleIds]) requireNode(id);
      const fresh = new Set(newIds);
      const everyone = new Set([...newIds, ...visibleIds]);
      const found = FIXTURE_GRAPH.edges.filter(
        (e) =>
          (fresh.has(e.source) && everyone.has(e.target)) ||
          (fresh.has(e.target) && everyone.has(e.source)),
      );
      const edges = found.slice(0, limit);
      return Promise.resolve({
        edges,
        total: found.length,
        truncated: edges.length < found.length,
        limit,
      });
    },
    shortestPath: (from, to) => {
      const direct = FIXTURE_GRAPH.edges.find(
        (e) => (e.source === from && e.target === to) || (e.source === to && e.target === from),
      );
      if (!direct) return Promise.resolve({ nodes: [], edges: [], paths: [], length: null });
      const ends = [requireNode(from), requireNode(to)];
      const nodeIds = ends.map((node) => node.id);
      return Promise.resolve({
        nodes: ends,
        edges: [direct],
        paths: [{ nodeIds, edgeIds: [direct.id] }],
        length: 1,
      });
    },
    overview: () => Promise.resolve(FIXTURE_GRAPH),
    period: ({ from, to }) => {
      const edges = FIXTURE_GRAPH.edges.filter(
        (e) => e.date !== null && inDateRange(e.date, { from, to }),
      );
      const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
      return Promise.resolve({
        nodes: [...ids].map(requireNode),
        edges,
        total: edges.length,
        truncated: false,
        limit: 500,
      });
    },
    articles: () => {
      const { id, title, outlet, publishedAt, language, sentenceCount, provenance } =
        FIXTURE_ARTICLE;
      return Promise.resolve([
        { id, title, outlet, publishedAt, language, sentenceCount, provenance },
      ]);
    },
    article: () => Promise.resolve(FIXTURE_ARTICLE),
    savedQueries: () => Promise.resolve(queries),
    createQuery: (input) => {
      const created = save(input, `q-${String(queries.length + 1)}`, 1);
      queries = [...queries, created];
      return Promise.resolve(created);
    },
    updateQuery: (id, { version, ...input }) => {
      const current = queries.find((q) => q.id === id);
      if (!current) return Promise.reject(new ApiError(404, 'NOT_FOUND', 'No such query.'));
      if (current.version !== version)
        return Promise.reject(new ApiError(409, 'CONFLICT', 'Someone saved this query first.'));
      const updated = save(input, id, version + 1);
      queries = queries.map((q) => (q.id === id ? updated : q));
      return Promise.resolve(updated);
    },
    deleteQuery: (id) => {
      queries = queries.filter((q) => q.id !== id);
      return Promise.resolve();
    },
    runQuery: () => Promise.resolve(result(FIXTURE_GRAPH)),
    cypher: () => Promise.resolve(result(FIXTURE_GRAPH)),
    exportGraph: ({ nodeIds, format }) =>
      Promise.resolve({
        blob: new Blob([JSON.stringify({ nodeIds })], { type: 'application/json' }),
        fileName: `newsgraph-${String(nodeIds.length)}-entities.${format}`,
      }),
  };
}
