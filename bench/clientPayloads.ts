import type { CypherResultDto, RelationshipDto, RelationshipsAmongDto } from '@newsgraph/model';
import type { AmongRequest } from '../client/src/api/explorerApi.ts';
import {
  CONNECT_LIMIT,
  connectChunks,
  connectInChunks,
  mergeGraphs,
} from '../client/src/state/connect.ts';

/**
 * Graph payloads of a given size (nodes + edges) from the running server's
 * own Cypher endpoint, the way a user's query would bring them. Edges are
 * taken in relationship-id order, so a LIMIT of k always gives the same
 * first k; the node ids alone are read first to find the k that gives the
 * wanted element count, then the app runs the very query the bare page
 * gets the result of. The app completes a result with the relationships
 * among its entities (client/src/state/connect.ts, at most CONNECT_LIMIT
 * at once), so a payload is the result as the app shows it: the bench asks
 * the same endpoint the app asks, and the bare page draws that graph too.
 * Sizes are those of the query's result; the element counts recorded are
 * the graph shown (bigger where connecting added relationships).
 */
export interface SizedPayload {
  /** The query the app runs in its Cypher console. */
  cypher: string;
  /** What the server answered, completed as the app completes it; the bare page renders `graph`. */
  result: CypherResultDto;
  elements: number;
  nodes: number;
  edges: number;
}

const ORDERED_EDGES = 'MATCH (a:Entity)-[r]->(b:Entity) WITH a, r, b ORDER BY r.id';

export function payloadCypher(edgeLimit: number): string {
  return `${ORDERED_EDGES}\nRETURN a, r, b\nLIMIT ${String(edgeLimit)}`;
}

async function cypher(serverUrl: string, query: string): Promise<CypherResultDto> {
  const response = await fetch(`${serverUrl}/api/cypher`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, params: {} }),
  });
  if (!response.ok)
    throw new Error(`The server refused the payload query: ${await response.text()}`);
  return (await response.json()) as CypherResultDto;
}

/** For each wanted element count, the smallest edge limit reaching it, from one id-only read. */
export async function edgeLimitsFor(
  serverUrl: string,
  sizes: readonly number[],
): Promise<Map<number, number>> {
  const largest = Math.max(...sizes);
  const ends = await cypher(
    serverUrl,
    `${ORDERED_EDGES}\nRETURN a.id AS a, b.id AS b\nLIMIT ${String(largest)}`,
  );
  if (ends.summary.truncated)
    throw new Error(
      `The server's CYPHER_ROW_LIMIT is below ${String(largest)}; start it with a higher one.`,
    );
  const seen = new Set<string>();
  const limits = new Map<number, number>();
  ends.rows.forEach(([a, b], index) => {
    // Ids are strings; JSON keeps any other value distinct too.
    seen.add(JSON.stringify(a)).add(JSON.stringify(b));
    const elements = index + 1 + seen.size;
    for (const size of sizes)
      if (!limits.has(size) && elements >= size) limits.set(size, index + 1);
  });
  const missing = sizes.filter((size) => !limits.has(size));
  if (missing.length > 0)
    throw new Error(`The database is too small for ${missing.join(', ')} elements.`);
  return limits;
}

/** The relationships among a result's entities that the app adds to it, asked as the app asks. */
async function connecting(serverUrl: string, result: CypherResultDto): Promise<RelationshipDto[]> {
  const newIds = result.graph.nodes
    .filter((node) => node.labels.includes('Entity'))
    .map((node) => node.id);
  // Past the API's limit on ids named the app does not ask, and shows the result alone.
  const chunks =
    newIds.length === 0 ? [] : connectChunks({ newIds, visibleIds: [], limit: CONNECT_LIMIT });
  if (!chunks || chunks.length === 0) return [];
  const ask = async (request: AmongRequest): Promise<RelationshipsAmongDto> => {
    const response = await fetch(`${serverUrl}/api/relationships/among`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok)
      throw new Error(`The server refused the connecting request: ${await response.text()}`);
    return (await response.json()) as RelationshipsAmongDto;
  };
  return (await connectInChunks(ask, chunks)).edges;
}

export async function sizedPayload(serverUrl: string, edgeLimit: number): Promise<SizedPayload> {
  const query = payloadCypher(edgeLimit);
  const answer = await cypher(serverUrl, query);
  // Each relationship once, the result's first, as the app merges them (withConnectingEdges).
  const graph = mergeGraphs([
    answer.graph,
    { nodes: [], edges: await connecting(serverUrl, answer) },
  ]);
  const result = { ...answer, graph };
  const { nodes, edges } = result.graph;
  return {
    cypher: query,
    result,
    elements: nodes.length + edges.length,
    nodes: nodes.length,
    edges: edges.length,
  };
}
