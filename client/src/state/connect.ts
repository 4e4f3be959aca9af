import { AMONG_MAX_IDS, AMONG_MAX_NEW_IDS } from '@newsgraph/model';
import type { AmongRequest } from '../api/explorerApi.ts';
import type {
  RelationshipDto,
  EntityGraphDto,
  EntityDto,
  RelationshipsAmongDto,
} from '../api/types.ts';
import type { ViewAction, ViewState } from './viewState.ts';

/** Most relationships one connecting request draws; past it the user is told how many were left out. */
export const CONNECT_LIMIT = 1000;

/** The actions that bring entities onto the canvas, each carrying the graph they add. */
export type GrowAction = Extract<ViewAction, { type: 'addGraph' | 'replaceGraph' | 'showPath' }>;

const isEntity = (node: EntityDto): boolean => node.labels.includes('Entity');

/**
 * What to ask the server so that every relationship among the entities on
 * the canvas after `action` is drawn: the entities it adds (all of them when
 * it replaces the canvas) and the entities that stay. Null when it adds no
 * entity. Only entities are sent: other nodes a Cypher result may hold
 * (articles, sentences) are not the explorer's to connect.
 */
export function connectRequest(
  before: ViewState,
  action: GrowAction,
  limit = CONNECT_LIMIT,
): AmongRequest | null {
  const replacing = action.type === 'replaceGraph';
  const newIds = [
    ...new Set(
      action.graph.nodes
        .filter((node) => isEntity(node) && (replacing || !(node.id in before.nodes)))
        .map((node) => node.id),
    ),
  ];
  if (newIds.length === 0) return null;
  const fresh = new Set(newIds);
  const visibleIds = replacing
    ? []
    : Object.values(before.nodes)
        .filter((node) => isEntity(node) && !fresh.has(node.id))
        .map((node) => node.id);
  return { newIds, visibleIds, limit };
}

/** The same action with the connecting relationships added, so it stays one undo step. */
export function withConnectingEdges<A extends GrowAction>(
  action: A,
  edges: readonly RelationshipDto[],
): A {
  if (edges.length === 0) return action;
  const known = new Set(action.graph.edges.map((edge) => edge.id));
  const extra = edges.filter((edge) => {
    if (known.has(edge.id)) return false;
    known.add(edge.id);
    return true;
  });
  return { ...action, graph: { ...action.graph, edges: [...action.graph.edges, ...extra] } };
}

/**
 * The requests that connect `request` within the API's limits: its new
 * entities in chunks of at most AMONG_MAX_NEW_IDS, each asked against the
 * entities that stay and the chunks before it, so that every pair is asked
 * about in exactly one request. Null when the entities named, new and
 * visible together, are more than AMONG_MAX_IDS, which no chunking avoids.
 */
export function connectChunks(
  request: AmongRequest,
  chunkSize = AMONG_MAX_NEW_IDS,
): AmongRequest[] | null {
  if (request.newIds.length + request.visibleIds.length > AMONG_MAX_IDS) return null;
  const chunks: AmongRequest[] = [];
  for (let start = 0; start < request.newIds.length; start += chunkSize) {
    chunks.push({
      newIds: request.newIds.slice(start, start + chunkSize),
      visibleIds: [...request.visibleIds, ...request.newIds.slice(0, start)],
      limit: request.limit,
    });
  }
  return chunks;
}

/**
 * Asks each chunk in turn, sharing one cap of `limit` relationships drawn:
 * a chunk asked after the cap is reached still counts what it would add
 * (limit 1, its one relationship dropped), so the notice says how many
 * were left out. The chunks ask about disjoint pairs, so totals add up.
 */
export async function connectInChunks(
  ask: (request: AmongRequest) => Promise<RelationshipsAmongDto>,
  chunks: readonly AmongRequest[],
  limit = CONNECT_LIMIT,
): Promise<RelationshipsAmongDto> {
  const edges: RelationshipDto[] = [];
  let total = 0;
  for (const chunk of chunks) {
    const answer = await ask({ ...chunk, limit: Math.max(1, limit - edges.length) });
    total += answer.total;
    edges.push(...answer.edges.slice(0, limit - edges.length));
  }
  return { edges, total, truncated: edges.length < total, limit };
}

/**
 * The sentence the status line adds when a result brings more entities than
 * connecting may name at all (AMONG_MAX_IDS, new and visible together), so
 * nothing is asked: only the relationships the result holds are drawn.
 */
export function tooManyToConnect(request: AmongRequest): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  const all = request.newIds.length + request.visibleIds.length;
  return `Relationships among the entities shown were not looked up: ${count(all)} entities are more than connecting covers (${count(AMONG_MAX_IDS)}). Only the relationships the result holds are drawn.`;
}

/** The sentence the status line adds when the cap left relationships out; null when none were. */
export function capNotice(result: RelationshipsAmongDto): string | null {
  if (!result.truncated) return null;
  const missing = result.total - result.edges.length;
  return `${String(missing)} relationships among the entities shown were not drawn (at most ${String(result.limit)} are connected at once).`;
}

/** Several graphs as one, each node and relationship once (the first copy wins). */
export function mergeGraphs(graphs: readonly EntityGraphDto[]): EntityGraphDto {
  const nodes = new Map<string, EntityDto>();
  const edges = new Map<string, RelationshipDto>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
