import type { ExplorerApi } from '../../api/explorerApi.ts';
import type { RelationshipDto, EntityGraphDto, EntityDto } from '../../api/types.ts';
import { capNotice, connectRequest, withConnectingEdges } from '../../state/connect.ts';
import { EMPTY_VIEW, viewReducer, type ViewState } from '../../state/viewState.ts';
import { mapSharedIds } from './renamedIds.ts';
import type { SharedView } from './urlState.ts';

/** Entities a link may name that are not in the overview; more would mean one request each. */
const MAX_EXTRA_NODES = 50;

/**
 * Builds the view a shared link describes: its nodes (from the overview, or
 * one by one when the overview lacks them), the relationships among them,
 * its pins and layout. Without a link it is the whole overview. With
 * `connect`, every relationship among the linked entities is added too.
 */
export async function initialView(
  api: ExplorerApi,
  linked: SharedView | null,
  connect = false,
): Promise<{ view: ViewState; note: string | null; shared: SharedView | null }> {
  const overview = await api.overview();
  if (!linked || linked.nodeIds.length === 0) {
    const view = viewReducer(
      { ...EMPTY_VIEW, layout: linked?.layout ?? 'fcose' },
      { type: 'addGraph', graph: overview },
    );
    return { view: withDates(view, linked?.dates), note: null, shared: linked };
  }
  const shared = await withMergedIds(api, linked, new Set(overview.nodes.map((n) => n.id)));
  const wanted = new Set(shared.nodeIds);
  const known = new Map<string, EntityDto>(overview.nodes.map((n) => [n.id, n]));
  const nodes: EntityDto[] = shared.nodeIds.flatMap((id) => {
    const node = known.get(id);
    return node ? [node] : [];
  });
  const edges: RelationshipDto[] = overview.edges.filter(
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
  const action = { type: 'addGraph' as const, graph: { nodes, edges } satisfies EntityGraphDto };
  // Relationships among linked entities that neither the overview nor a neighbour page held.
  const request = connect ? connectRequest(EMPTY_VIEW, action) : null;
  const among = request ? await api.relationshipsAmong(request) : null;
  const view = viewReducer(
    { ...EMPTY_VIEW, layout: shared.layout },
    among ? withConnectingEdges(action, among.edges) : action,
  );
  const present = new Set<string>(nodes.map((n) => n.id));
  const pinned = Object.fromEntries(
    Object.entries(shared.pinned).filter(([id]) => present.has(id)),
  );
  const filtered: ViewState = {
    ...view,
    pinned,
    hiddenNodeTypes: shared.hiddenNodeTypes ?? [],
    hiddenEdgeTypes: shared.hiddenEdgeTypes ?? [],
  };
  return {
    view: withDates(await withSharedPath(api, filtered, shared.path ?? null), shared.dates),
    note: among ? capNotice(among) : null,
    shared,
  };
}

/** The view with the link's Dates filter on, when it has one. */
function withDates(view: ViewState, dates: SharedView['dates']): ViewState {
  return dates ? { ...view, dateFilter: dates } : view;
}

/**
 * The link's view with entity ids merged away since it was made replaced by
 * the entity they were merged into (asked for the ids the overview lacks).
 */
async function withMergedIds(
  api: ExplorerApi,
  shared: SharedView,
  known: ReadonlySet<string>,
): Promise<SharedView> {
  const unknown = shared.nodeIds.filter((id) => !known.has(id)).slice(0, MAX_EXTRA_NODES);
  const answers = await Promise.all(unknown.map((id) => api.resolveEntity(id).catch(() => null)));
  const leads = new Map(
    answers.flatMap((answer) =>
      answer && answer.resolvedId !== answer.id ? [[answer.id, answer.resolvedId]] : [],
    ),
  );
  return leads.size === 0 ? shared : mapSharedIds(shared, (id) => leads.get(id) ?? id);
}

/**
 * Highlights the path a link names, asking for the shortest paths again
 * (they are short to ask for, long to spell out in a link). A path that no
 * longer exists leaves the view without a highlight.
 */
async function withSharedPath(
  api: ExplorerApi,
  view: ViewState,
  path: NonNullable<SharedView['path']> | null,
): Promise<ViewState> {
  if (!path) return view;
  const result = await api.shortestPath(path.from, path.to).catch(() => null);
  const first = result?.paths[0];
  if (!result || !first) return view;
  const onCanvas = result.paths.filter((p) => p.nodeIds.every((id) => id in view.nodes));
  const chosen = onCanvas[0];
  if (!chosen) return view;
  const shown = viewReducer(view, {
    type: 'showPath',
    graph: { nodes: [], edges: result.edges },
    path: chosen,
    paths: onCanvas,
  });
  return viewReducer(shown, { type: 'choosePath', index: path.index });
}
