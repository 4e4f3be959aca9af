import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  FIND_NODE,
  NODE_EVIDENCE,
  NODE_MENTIONS,
  buildDegreeCounts,
  buildNeighbourPage,
  buildShortestPaths,
} from '../server/src/graph/queries/explore.ts';
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

const read = async (
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<unknown> => {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const tx = session.beginTransaction();
    const result = await tx.run(cypher, params);
    await tx.commit();
    return result.records;
  } finally {
    await session.close();
  }
};

const neighbours = (id: string): EndpointCase => ({
  name: `neighbours ${id === HUB_ID ? 'of the hub' : 'of a 10-relationship node'} (limit 50)`,
  request: { method: 'GET', path: `/api/nodes/${id}/neighbors?limit=50` },
  raw: (driver) =>
    read(driver, buildNeighbourPage('both', undefined), {
      id,
      offset: neo4j.int(0),
      limit: neo4j.int(50),
    }),
});

export const ENDPOINT_CASES: EndpointCase[] = [
  {
    name: 'search "hub holdings"',
    request: { method: 'GET', path: '/api/search?q=hub%20holdings&limit=10' },
    raw: (driver) =>
      read(driver, SEARCH_ENTITIES, {
        lucene: buildLuceneQuery('hub holdings'),
        limit: neo4j.int(10),
      }),
  },
  {
    name: 'node details (tiktok)',
    request: { method: 'GET', path: '/api/nodes/tiktok' },
    raw: async (driver, types) => {
      await read(driver, FIND_NODE, { id: 'tiktok' });
      await Promise.all([
        read(driver, buildDegreeCounts(types), { id: 'tiktok' }),
        read(driver, NODE_EVIDENCE, { id: 'tiktok' }),
        read(driver, NODE_MENTIONS, { id: 'tiktok' }),
      ]);
    },
  },
  neighbours(TEN_ID),
  neighbours(HUB_ID),
  {
    name: 'shortest path (bytedance → oracle)',
    request: { method: 'GET', path: '/api/paths/shortest?from=bytedance&to=oracle&maxHops=6' },
    raw: async (driver) => {
      await Promise.all([
        read(driver, FIND_NODE, { id: 'bytedance' }),
        read(driver, FIND_NODE, { id: 'oracle' }),
      ]);
      await read(driver, buildShortestPaths(6), { from: 'bytedance', to: 'oracle' });
    },
  },
];

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
