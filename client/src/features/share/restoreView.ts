import type { ExplorerApi } from '../../api/explorerApi.ts';
import type { EdgeDto, GraphDto, NodeDto } from '../../api/types.ts';
import { EMPTY_VIEW, viewReducer, type ViewState } from '../../state/viewState.ts';
import type { SharedView } from './urlState.ts';

/** Entities a link may name that are not in the overview; more would mean one request each. */
const MAX_EXTRA_NODES = 50;

/**
 * Builds the view a shared link describes: its nodes (from the overview, or
 * one by one when the overview lacks them), the relationships among them,
 * its pins and layout. Without a link it is the whole overview.
 */
export async function initialView(api: ExplorerApi, shared: SharedView | null): Promise<ViewState> {
  const overview = await api.overview();
  if (!shared || shared.nodeIds.length === 0) {
    return viewReducer(
      { ...EMPTY_VIEW, layout: shared?.layout ?? 'fcose' },
      { type: 'addGraph', graph: overview },
    );
  }
  const wanted = new Set(shared.nodeIds);
  const known = new Map(overview.nodes.map((n) => [n.id, n]));
  const nodes: NodeDto[] = shared.nodeIds.flatMap((id) => {
    const node = known.get(id);
    return node ? [node] : [];
  });
  const edges: EdgeDto[] = overview.edges.filter(
    (e) => wanted.has(e.source) && wanted.has(e.target),
  );
  const missing = shared.nodeIds.filter((id) => !known.has(id)).slice(0, MAX_EXTRA_NODES);
  const extra = await Promise.all(
    missing.map((id) => api.neighbours({ nodeId: id, limit: 500 }).catch(() => null)),
  );
  for (const result of extra) {
    if (!result) continue;
    nodes.push(
      ...result.nodes.filter((n) => wanted.has(n.id) && !nodes.some((m) => m.id === n.id)),
    );
    edges.push(...result.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target)));
  }
  const graph: GraphDto = { nodes, edges };
  const view = viewReducer({ ...EMPTY_VIEW, layout: shared.layout }, { type: 'addGraph', graph });
  const present = new Set(nodes.map((n) => n.id));
  const pinned = Object.fromEntries(
    Object.entries(shared.pinned).filter(([id]) => present.has(id)),
  );
  return { ...view, pinned };
}
