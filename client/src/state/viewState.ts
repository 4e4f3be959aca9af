import type { RelationshipDto, EntityGraphDto, EntityDto } from '../api/types.ts';
import { entityTypeOf } from '../domain/entities.ts';
import { NO_DATE_FILTER, passesDateFilter, type DateFilter } from './dateFilter.ts';
import { pinNode } from './pinOrigins.ts';

export type LayoutName = 'fcose' | 'hierarchical' | 'concentric' | 'grid';
export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'hierarchical', 'concentric', 'grid'];

export interface Position {
  x: number;
  y: number;
}

export interface HighlightedPath {
  nodeIds: string[];
  edgeIds: string[];
}

/** How much of a node's neighbourhood is on the canvas after a bounded expansion. */
export interface Truncation {
  shown: number;
  total: number;
  /** The filter of the expansion, so "more" continues the same one. */
  relationshipType?: string | undefined;
  direction?: 'in' | 'out' | 'both' | undefined;
}

/**
 * Everything that decides what the canvas shows. It is immutable: every
 * change makes a new value, so the history is a list of values and undo is
 * taking the previous one. Cytoscape is brought in step by applying the diff
 * between two values (graph/applyViewState.ts); positions of free nodes stay
 * Cytoscape's business, only pinned positions live here.
 */
export interface ViewState {
  readonly nodes: Readonly<Record<string, EntityDto>>;
  readonly edges: Readonly<Record<string, RelationshipDto>>;
  /** Hidden by the user (kept, can be shown again). */
  readonly hidden: readonly string[];
  readonly pinned: Readonly<Record<string, Position>>;
  readonly layout: LayoutName;
  /** Bumped whenever the layout should run again (new nodes, new layout). */
  readonly layoutRun: number;
  readonly hiddenNodeTypes: readonly string[];
  readonly hiddenEdgeTypes: readonly string[];
  /** The date-range filter over relationships (state/dateFilter.ts); absent is off. */
  readonly dateFilter?: DateFilter;
  /** What the canvas highlights: one shortest path, or all of them together. */
  readonly path: HighlightedPath | null;
  /** Every equally short path of the last path search; empty when there is none. */
  readonly paths: readonly HighlightedPath[];
  /** Which of `paths` is highlighted; null highlights all of them. */
  readonly pathIndex: number | null;
  readonly truncated: Readonly<Record<string, Truncation>>;
  /** Node the last additions grew from; new nodes are placed around it before the layout. */
  readonly anchorId: string | null;
  /** Where dragged nodes were before their drag pinned them (see pinOrigins.ts). */
  readonly pinOrigins?: Readonly<Record<string, Position>>;
  /** Free nodes an undo moves back to where their drag started; set by undo only. */
  readonly returnTo?: Readonly<Record<string, Position>>;
}

export const EMPTY_VIEW: ViewState = {
  nodes: {},
  edges: {},
  hidden: [],
  pinned: {},
  layout: 'fcose',
  layoutRun: 0,
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  path: null,
  paths: [],
  pathIndex: 0,
  truncated: {},
  anchorId: null,
};

export type ViewAction =
  | {
      type: 'addGraph';
      graph: EntityGraphDto;
      anchorId?: string;
      truncation?: Truncation;
      /** Several expansions in one step ("Expand all"): each anchor's page. */
      truncations?: Readonly<Record<string, Truncation>>;
    }
  | { type: 'replaceGraph'; graph: EntityGraphDto }
  | { type: 'removeNodes'; ids: readonly string[] }
  | { type: 'hideNodes'; ids: readonly string[] }
  | { type: 'showAll' }
  | { type: 'collapse'; id: string }
  /** `from`: where a drag started, so that undo can put the node back. */
  | { type: 'pin'; id: string; position: Position; from?: Position }
  | { type: 'unpin'; id: string }
  | { type: 'pinMany'; positions: Readonly<Record<string, Position>> }
  | { type: 'unpinMany'; ids: readonly string[] }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'relayout' }
  | { type: 'setHiddenTypes'; kind: 'node' | 'edge'; types: readonly string[] }
  | { type: 'setDateFilter'; filter: DateFilter }
  | {
      type: 'showPath';
      graph: EntityGraphDto;
      path: HighlightedPath;
      /** All equally short paths, `path` among them; defaults to `[path]`. */
      paths?: readonly HighlightedPath[];
    }
  /** Highlights path `index` of `paths` (wrapping around), or all of them with null. */
  | { type: 'choosePath'; index: number | null }
  | { type: 'clearPath' }
  | { type: 'restore'; view: ViewState };

function without<T>(record: Readonly<Record<string, T>>, ids: ReadonlySet<string>) {
  return Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));
}

function addGraph(view: ViewState, graph: EntityGraphDto): ViewState {
  const nodes = { ...view.nodes };
  let added = 0;
  for (const node of graph.nodes) {
    if (!(node.id in nodes)) added += 1;
    nodes[node.id] = node;
  }
  const edges = { ...view.edges };
  for (const edge of graph.edges) {
    if (edge.source in nodes && edge.target in nodes) edges[edge.id] = edge;
  }
  const incoming = new Set<string>(graph.nodes.map((n) => n.id));
  return {
    ...view,
    nodes,
    edges,
    hidden: view.hidden.filter((id) => !incoming.has(id)),
    layoutRun: added > 0 ? view.layoutRun + 1 : view.layoutRun,
  };
}

function removeNodes(view: ViewState, ids: ReadonlySet<string>): ViewState {
  const edges = Object.fromEntries(
    Object.entries(view.edges).filter(([, e]) => !ids.has(e.source) && !ids.has(e.target)),
  );
  const touches = (p: HighlightedPath) => p.nodeIds.some((id) => ids.has(id));
  const path = view.path && touches(view.path) ? null : view.path;
  // Paths that lost a node are no longer paths; the highlighted one keeps its place among the rest.
  const paths = path ? view.paths.filter((p) => !touches(p)) : [];
  const chosen = view.pathIndex === null ? null : view.paths[view.pathIndex];
  const pathIndex =
    view.pathIndex === null ? null : Math.max(0, chosen ? paths.indexOf(chosen) : 0);
  return {
    ...view,
    paths,
    pathIndex,
    nodes: without(view.nodes, ids),
    edges,
    hidden: view.hidden.filter((id) => !ids.has(id)),
    pinned: without(view.pinned, ids),
    truncated: without(view.truncated, ids),
    path,
  };
}

/** Neighbours of `id` that nothing else on the canvas holds: what an expansion of `id` brought. */
export function collapsibleNeighbours(view: ViewState, id: string): string[] {
  const degree = new Map<string, Set<string>>();
  for (const edge of Object.values(view.edges)) {
    if (edge.source === edge.target) continue;
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const set = degree.get(a) ?? new Set<string>();
      set.add(b);
      degree.set(a, set);
    }
  }
  const neighbours = degree.get(id) ?? new Set<string>();
  return [...neighbours].filter((n) => {
    const others = degree.get(n);
    return others !== undefined && others.size === 1 && !(n in view.pinned);
  });
}

/** All paths as one highlight: every node and edge any of them walks, each once. */
export function unionOfPaths(paths: readonly HighlightedPath[]): HighlightedPath {
  return {
    nodeIds: [...new Set(paths.flatMap((p) => p.nodeIds))],
    edgeIds: [...new Set(paths.flatMap((p) => p.edgeIds))],
  };
}

function choosePath(view: ViewState, index: number | null): ViewState {
  const count = view.paths.length;
  if (count === 0) return view;
  if (index === null) return { ...view, path: unionOfPaths(view.paths), pathIndex: null };
  const wrapped = ((index % count) + count) % count;
  return { ...view, path: view.paths[wrapped] ?? null, pathIndex: wrapped };
}

export function viewReducer(view: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'addGraph': {
      const next = addGraph(view, action.graph);
      const truncated = {
        ...next.truncated,
        ...action.truncations,
        ...(action.anchorId && action.truncation ? { [action.anchorId]: action.truncation } : {}),
      };
      return { ...next, truncated, anchorId: action.anchorId ?? null };
    }
    case 'replaceGraph':
      return {
        ...addGraph(
          { ...EMPTY_VIEW, layout: view.layout, layoutRun: view.layoutRun },
          action.graph,
        ),
        hiddenNodeTypes: view.hiddenNodeTypes,
        hiddenEdgeTypes: view.hiddenEdgeTypes,
        ...(view.dateFilter === undefined ? {} : { dateFilter: view.dateFilter }),
      };
    case 'removeNodes':
      return removeNodes(view, new Set(action.ids));
    case 'hideNodes':
      return { ...view, hidden: [...new Set([...view.hidden, ...action.ids])] };
    case 'showAll':
      return {
        ...view,
        hidden: [],
        hiddenNodeTypes: [],
        hiddenEdgeTypes: [],
        ...(view.dateFilter === undefined ? {} : { dateFilter: NO_DATE_FILTER }),
      };
    case 'collapse': {
      const removed = removeNodes(view, new Set(collapsibleNeighbours(view, action.id)));
      return { ...removed, truncated: without(removed.truncated, new Set([action.id])) };
    }
    case 'pin':
      return pinNode(view, action.id, action.position, action.from);
    case 'unpin':
      return { ...view, pinned: without(view.pinned, new Set([action.id])) };
    case 'pinMany': {
      const onCanvas = Object.entries(action.positions).filter(([id]) => id in view.nodes);
      if (onCanvas.length === 0) return view;
      return { ...view, pinned: { ...view.pinned, ...Object.fromEntries(onCanvas) } };
    }
    case 'unpinMany':
      return { ...view, pinned: without(view.pinned, new Set(action.ids)) };
    case 'setLayout':
      return { ...view, layout: action.layout, layoutRun: view.layoutRun + 1, anchorId: null };
    case 'relayout':
      return { ...view, layoutRun: view.layoutRun + 1, anchorId: null };
    case 'setHiddenTypes':
      return action.kind === 'node'
        ? { ...view, hiddenNodeTypes: [...action.types] }
        : { ...view, hiddenEdgeTypes: [...action.types] };
    case 'setDateFilter':
      return { ...view, dateFilter: action.filter };
    case 'showPath': {
      const paths = action.paths ?? [action.path];
      const index = Math.max(0, paths.indexOf(action.path));
      return { ...addGraph(view, action.graph), path: action.path, paths, pathIndex: index };
    }
    case 'choosePath':
      return choosePath(view, action.index);
    case 'clearPath':
      return { ...view, path: null, paths: [], pathIndex: 0 };
    case 'restore':
      return action.view;
  }
}

/** Visible = on the canvas, not hidden by the user and not filtered out by type. */
export function visibleNodeIds(view: ViewState): string[] {
  const hidden = new Set(view.hidden);
  const hiddenTypes = new Set(view.hiddenNodeTypes);
  return Object.values(view.nodes)
    .filter((node) => !hidden.has(node.id) && !hiddenTypes.has(entityTypeOf(node)))
    .map((node) => node.id);
}

/** Edges whose ends show and whose type is not hidden: what shows before the date filter. */
export function typeVisibleEdges(view: ViewState): RelationshipDto[] {
  const visible = new Set(visibleNodeIds(view));
  const hiddenTypes = new Set(view.hiddenEdgeTypes);
  return Object.values(view.edges).filter(
    (e) => visible.has(e.source) && visible.has(e.target) && !hiddenTypes.has(e.type),
  );
}

export function visibleEdgeIds(view: ViewState): string[] {
  return typeVisibleEdges(view)
    .filter((e) => passesDateFilter(e, view.dateFilter))
    .map((e) => e.id);
}
