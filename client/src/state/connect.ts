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
 * The sentence the status line adds when a result brings more entities than
 * one connecting request may name (the API's limits), so none is sent: only
 * the relationships the result holds are drawn. Null when it may be sent.
 */
export function tooManyToConnect(request: AmongRequest): string | null {
  const all = request.newIds.length + request.visibleIds.length;
  if (request.newIds.length <= AMONG_MAX_NEW_IDS && all <= AMONG_MAX_IDS) return null;
  const count = (n: number) => n.toLocaleString('en-GB');
  return `Relationships among the entities shown were not looked up: ${count(request.newIds.length)} new entities (${count(all)} in all) are more than connecting covers at once (${count(AMONG_MAX_NEW_IDS)} new, ${count(AMONG_MAX_IDS)} in all). Only the relationships the result holds are drawn.`;
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
