import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ExplorerApi } from '../api/explorerApi.ts';
import { ApiError } from '../api/http.ts';
import type { Direction, EntityGraphDto } from '../api/types.ts';
import { GRAPH_RECEIVED_MARK, markForBench } from '../graph/instrumentation/benchHook.ts';
import { displayName } from '../domain/entities.ts';
import { canRedo, canUndo, EMPTY_HISTORY, historyReducer, type HistoryAction } from './history.ts';
import { useConnectSetting } from './useConnectSetting.ts';
import { useGrow } from './useGrow.ts';
import {
  collapsibleNeighbours,
  type LayoutName,
  type Position,
  type Truncation,
  type ViewState,
} from './viewState.ts';

/** Neighbours loaded per expansion unless the user picks another; the rest wait behind an "N more" node. */
export const EXPAND_LIMIT = 25;
/** The choices the details panel offers; the API serves at most 500 neighbours a page. */
export const EXPAND_LIMITS: readonly number[] = [EXPAND_LIMIT, 100, 500];

export interface ExpandFilter {
  relationshipType?: string | undefined;
  direction?: Direction | undefined;
}

export interface Explorer {
  view: ViewState;
  canUndo: boolean;
  canRedo: boolean;
  selection: string[];
  notice: string | null;
  /** Neighbours loaded per expansion. */
  expandLimit: number;
  setExpandLimit: (limit: number) => void;
  /** The "Connect result entities" setting. */
  connect: boolean;
  setConnect: (on: boolean) => void;
  dispatch: (action: HistoryAction) => void;
  setSelection: (ids: string[]) => void;
  say: (message: string) => void;
  nameOf: (id: string) => string;
  expand: (nodeId: string, filter?: ExpandFilter) => Promise<void>;
  showMore: (nodeId: string) => Promise<void>;
  addAndFocus: (nodeId: string) => Promise<void>;
  shortestPath: (from: string, to: string) => Promise<void>;
  /** `truncations`: the page each anchor got, when the graph holds several expansions. */
  addGraph: (
    graph: EntityGraphDto,
    mode: 'add' | 'replace',
    truncations?: Readonly<Record<string, Truncation>>,
  ) => Promise<void>;
  remove: (ids: string[]) => void;
  hide: (ids: string[]) => void;
  collapse: (id: string) => void;
  togglePin: (id: string, position: Position | null) => void;
  setLayout: (layout: LayoutName) => void;
}

/** A message, followed by what connecting had to say (cap reached, request failed). */
const withNote = (message: string, note: string | null): string =>
  note ? `${message} ${note}` : message;

/** The server returns at most this many equally short paths. */
const MAX_PATHS = 25;

function describePaths(count: number, hops: number, from: string, to: string): string {
  const length = `${String(hops)} ${hops === 1 ? 'hop' : 'hops'}`;
  if (count === 1) return `Shortest path: ${length} from ${from} to ${to}.`;
  const how = count >= MAX_PATHS ? `At least ${String(count)}` : String(count);
  return `${how} equally short paths (${length}) from ${from} to ${to}; showing path 1.`;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** The canvas's state (with undo history), the selection, and the actions that need the API. */
export function useExplorer(api: ExplorerApi): Explorer {
  const [history, dispatch] = useReducer(historyReducer, EMPTY_HISTORY);
  const [selection, setSelection] = useState<string[]>([]);
  const [notice, say] = useState<string | null>(null);
  const [expandLimit, setExpandLimit] = useState(EXPAND_LIMIT);
  const [connect, setConnect] = useConnectSetting();
  const view = history.present;
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const grow = useGrow(api, viewRef, dispatch, connect);

  const nameOf = useCallback((id: string) => {
    const node = viewRef.current.nodes[id];
    return node ? displayName(node) : id;
  }, []);

  const expand = useCallback(
    async (nodeId: string, filter: ExpandFilter = {}, offset = 0) => {
      try {
        const result = await api.neighbours({
          nodeId,
          type: filter.relationshipType,
          direction: filter.direction ?? 'both',
          limit: expandLimit,
          offset,
        });
        markForBench(GRAPH_RECEIVED_MARK);
        const shown = offset + result.edges.length;
        const { total } = result;
        const note = await grow({
          type: 'addGraph',
          graph: result,
          anchorId: nodeId,
          truncation: { shown, total, ...filter },
        });
        const more = total - shown;
        const what = filter.relationshipType ? `${filter.relationshipType} ` : '';
        say(
          withNote(
            `Expanded ${nameOf(nodeId)}: ${String(shown)} of ${String(total)} ${what}relationships` +
              (more > 0 ? ` (${String(more)} more).` : '.'),
            note,
          ),
        );
      } catch (error) {
        say(`Could not expand ${nameOf(nodeId)}: ${describe(error)}`);
      }
    },
    [api, nameOf, expandLimit, grow],
  );

  const showMore = useCallback(
    async (nodeId: string) => {
      const truncation = viewRef.current.truncated[nodeId];
      if (!truncation) return;
      const { shown, relationshipType, direction } = truncation;
      await expand(nodeId, { relationshipType, direction }, shown);
    },
    [expand],
  );

  const addAndFocus = useCallback(
    async (nodeId: string) => {
      if (!(nodeId in viewRef.current.nodes)) {
        try {
          // The node plus its relationships to what is already shown, so it does not float alone.
          const around = await api.neighbours({ nodeId, limit: 500 });
          const onCanvas = new Set([...Object.keys(viewRef.current.nodes), nodeId]);
          const edges = around.edges.filter(
            (e) => onCanvas.has(e.source) && onCanvas.has(e.target),
          );
          const nodes = around.nodes.filter((n) => n.id === nodeId);
          const note = await grow({
            type: 'addGraph',
            graph: { nodes, edges },
            anchorId: edges[0] ? nodeId : undefined,
          });
          if (note) say(note);
        } catch (error) {
          say(`Could not add the entity: ${describe(error)}`);
          return;
        }
      }
      setSelection([nodeId]);
    },
    [api, grow],
  );

  const shortestPath = useCallback(
    async (from: string, to: string) => {
      try {
        const result = await api.shortestPath(from, to);
        const first = result.paths[0];
        if (!first) {
          say(`No path links ${nameOf(from)} and ${nameOf(to)}.`);
          return;
        }
        const note = await grow({
          type: 'showPath',
          graph: result,
          path: first,
          paths: result.paths,
        });
        say(
          withNote(
            describePaths(result.paths.length, first.edgeIds.length, nameOf(from), nameOf(to)),
            note,
          ),
        );
      } catch (error) {
        say(`Could not find a path: ${describe(error)}`);
      }
    },
    [api, nameOf, grow],
  );

  const actions = useMemo(
    () => ({
      addGraph: async (
        graph: EntityGraphDto,
        mode: 'add' | 'replace',
        truncations?: Readonly<Record<string, Truncation>>,
      ) => {
        const note = await grow(
          mode === 'replace'
            ? { type: 'replaceGraph', graph }
            : { type: 'addGraph', graph, truncations },
        );
        if (note) say(note);
      },
      remove: (ids: string[]) => {
        dispatch({ type: 'removeNodes', ids });
        setSelection((current) => current.filter((id) => !ids.includes(id)));
      },
      hide: (ids: string[]) => {
        dispatch({ type: 'hideNodes', ids });
        setSelection((current) => current.filter((id) => !ids.includes(id)));
      },
      collapse: (id: string) => {
        const count = collapsibleNeighbours(viewRef.current, id).length;
        dispatch({ type: 'collapse', id });
        say(`Collapsed ${nameOf(id)}: ${String(count)} neighbours removed.`);
      },
      togglePin: (id: string, position: Position | null) => {
        if (id in viewRef.current.pinned) dispatch({ type: 'unpin', id });
        else if (position) dispatch({ type: 'pin', id, position });
      },
      setLayout: (layout: LayoutName) => dispatch({ type: 'setLayout', layout }),
    }),
    [nameOf, grow],
  );

  const expandPublic = useCallback(
    (nodeId: string, filter?: ExpandFilter) => expand(nodeId, filter),
    [expand],
  );
  const canUndoNow = canUndo(history);
  const canRedoNow = canRedo(history);

  // One object per change of what it holds, so that memos and effects keyed on it (or on its
  // callbacks, which are all stable) run again only when something they read has changed.
  return useMemo(
    () => ({
      view,
      canUndo: canUndoNow,
      canRedo: canRedoNow,
      selection,
      notice,
      expandLimit,
      setExpandLimit,
      connect,
      setConnect,
      dispatch,
      setSelection,
      say,
      nameOf,
      expand: expandPublic,
      showMore,
      addAndFocus,
      shortestPath,
      ...actions,
    }),
    [
      view,
      canUndoNow,
      canRedoNow,
      selection,
      notice,
      expandLimit,
      connect,
      setConnect,
      nameOf,
      expandPublic,
      showMore,
      addAndFocus,
      shortestPath,
      actions,
    ],
  );
}
