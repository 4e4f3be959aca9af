import autocannon from 'autocannon';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  FIND_NODE,
  NODE_EVIDENCE,
  NODE_MENTIONS,
  buildDegreeCounts,
  buildNeighbourPage,
  buildShortestPaths,
} from '../server/src/graph/queries/explore.ts';
import { GET_SAVED_QUERY } from '../server/src/graph/queries/savedQueries.ts';
import { SEARCH_ENTITIES, buildLuceneQuery } from '../server/src/graph/queries/search.ts';
import { HUB_ID, TEN_ID } from './generator.ts';
import { closedLoop, type LoadFigures } from './stats.ts';

export interface EndpointCase {
  name: string;
  /** What autocannon sends to the API. */
  request: autocannon.Request;
  /** The same Cypher the API runs, straight through the driver. */
  raw: (driver: Driver, relationshipTypes: string[]) => Promise<unknown>;
}

export const SAVED_QUERY_ID = 'starter-who-banned';

/** The floor runs each query the cheapest way the driver offers: auto-commit, READ mode. */
const read = async (
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<unknown> => {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return (await session.run(cypher, params)).records;
  } finally {
    await session.close();
  }
};

/** What the search cases look for: an article entity, so the article-only graph has the same hit. */
export const SEARCH_TEXT = 'tiktok';

export function searchCase(text: string): EndpointCase {
  return {
    name: `search "${text}"`,
    request: { method: 'GET', path: `/api/search?q=${encodeURIComponent(text)}&limit=10` },
    raw: (driver) =>
      read(driver, SEARCH_ENTITIES, { lucene: buildLuceneQuery(text), limit: neo4j.int(10) }),
  };
}

export const neighbours = (id: string, limit = 50): EndpointCase => ({
  name: `neighbours ${id === HUB_ID ? 'of the hub' : 'of a 10-relationship node'} (limit ${limit})`,
  request: { method: 'GET', path: `/api/nodes/${id}/neighbors?limit=${limit}` },
  raw: (driver) =>
    read(driver, buildNeighbourPage('both', undefined), {
      id,
      offset: neo4j.int(0),
      limit: neo4j.int(limit),
    }),
});

export const ENDPOINT_CASES: EndpointCase[] = [
  searchCase(SEARCH_TEXT),
  {
    name: 'node details (tiktok)',
    request: { method: 'GET', path: '/api/nodes/tiktok' },
    // Like the API: the node and its details at once, for an entity id.
    raw: (driver, types) =>
      Promise.all([
        read(driver, FIND_NODE, { id: 'tiktok' }),
        read(driver, buildDegreeCounts(types), { id: 'tiktok' }),
        read(driver, NODE_EVIDENCE, { id: 'tiktok' }),
        read(driver, NODE_MENTIONS, { id: 'tiktok' }),
      ]),
  },
  neighbours(TEN_ID),
  neighbours(HUB_ID),
  {
    name: 'saved query "Who banned it?" (tiktok)',
    request: {
      method: 'POST',
      path: `/api/queries/${SAVED_QUERY_ID}/run`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ params: { product: 'tiktok' } }),
    },
    // The API reads the saved query, then runs its Cypher in a READ transaction.
    raw: async (driver) => {
      const [saved] = (await read(driver, GET_SAVED_QUERY, {
        id: SAVED_QUERY_ID,
      })) as Neo4jRecord[];
      const node = saved?.get('q') as { properties: { cypher?: string } } | undefined;
      const cypher = node?.properties.cypher;
      if (cypher === undefined) throw new Error(`No saved query ${SAVED_QUERY_ID}.`);
      await read(driver, cypher, { product: 'tiktok' });
    },
  },
  {
    name: 'shortest path (bytedance → oracle)',
    request: { method: 'GET', path: '/api/paths/shortest?from=bytedance&to=oracle&maxHops=6' },
    raw: (driver) => read(driver, buildShortestPaths(6), { from: 'bytedance', to: 'oracle' }),
  },
];

/** The same request, asking the server to skip its response cache (X-Response-Cache: bypass). */
export function uncached(request: autocannon.Request): autocannon.Request {
  return { ...request, headers: { ...request.headers, 'x-response-cache': 'bypass' } };
}

export async function apiLoad(
  url: string,
  request: autocannon.Request,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, requests: [request] });
  const non2xx = result.non2xx;
  return {
    requests: result.requests.total,
    seconds,
    perSecond: Math.round(result.requests.average * 10) / 10,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts + non2xx,
  };
}

export function rawLoad(
  driver: Driver,
  types: string[],
  endpoint: EndpointCase,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  return closedLoop(connections, seconds, () => endpoint.raw(driver, types));
}
