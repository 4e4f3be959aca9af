import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { QueryParams } from '../../api/explorerApi.ts';
import type { Theme } from '../../graph/stylesheet.ts';
import { isDateFilterActive } from '../../state/dateFilter.ts';
import type { ViewState } from '../../state/viewState.ts';
import { withRenamedIds } from './renamedIds.ts';
import { decodeSharedView, encodeBoundedView, type SharedView } from './urlState.ts';

/** The link the page was opened with, read once; ids renamed since it was made are mapped. */
export function useInitialSharedView(): SharedView | null {
  const [shared] = useState(() => {
    const decoded = decodeSharedView(window.location.hash);
    return decoded === null ? null : withRenamedIds(decoded);
  });
  return shared;
}

export interface ShareableState {
  ready: boolean;
  view: ViewState;
  selection: readonly string[];
  activeQuery: { id: string; params: QueryParams } | null;
  cy: Core | null;
  replayUntil: number | null;
  theme: Theme;
  say: (message: string) => void;
}

/** The path search a view highlights, as a link names it: its two ends and which path. */
function sharedPath(view: ViewState): SharedView['path'] {
  const first = view.paths[0];
  const from = first?.nodeIds[0];
  const to = first?.nodeIds.at(-1);
  return from && to && view.path ? { from, to, index: view.pathIndex } : null;
}

/** Moves and zooms end in bursts; the URL follows once a burst is over. */
const SETTLE_MS = 250;

/**
 * Keeps the URL fragment describing the current view — nodes, pins, every
 * position, zoom and pan, filters, path, selection, replay, theme — with
 * replaceState so the browser history is not flooded. Starts only once the
 * first view is loaded, so an incoming link is not overwritten before it is
 * restored. A view too large for a link leaves positions (then nodes) out,
 * and says so once.
 */
export function useShareableUrl(state: ShareableState): void {
  const { ready, view, selection, activeQuery, cy, replayUntil, theme, say } = state;
  const [moved, setMoved] = useState(0);
  const warned = useRef<string | null>(null);

  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bump = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setMoved((n) => n + 1), SETTLE_MS);
    };
    cy.on('viewport dragfree layoutstop', bump);
    return () => {
      clearTimeout(timer);
      cy.removeListener('viewport dragfree layoutstop', bump);
    };
  }, [cy]);

  useEffect(() => {
    if (!ready) return;
    const hidden = new Set(view.hidden);
    const nodeIds = Object.keys(view.nodes).filter((id) => !hidden.has(id));
    const positions = nodeIds.map((id) => {
      const node = cy?.getElementById(id);
      return node && node.nonempty() ? { ...node.position() } : null;
    });
    const { fragment, dropped } = encodeBoundedView({
      nodeIds,
      pinned: view.pinned,
      selection: selection.filter((id) => id in view.nodes || id in view.edges),
      layout: view.layout,
      query: activeQuery,
      hiddenNodeTypes: [...view.hiddenNodeTypes],
      hiddenEdgeTypes: [...view.hiddenEdgeTypes],
      path: sharedPath(view),
      positions,
      viewport: cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null,
      replayUntil,
      theme,
      dates: isDateFilterActive(view.dateFilter) ? view.dateFilter : null,
    });
    if (dropped && warned.current !== dropped) {
      warned.current = dropped;
      say(
        dropped === 'positions'
          ? 'This view is too large for a link to keep every position: the link restores its entities, and the layout places them again.'
          : 'This view is too large for a link: the link opens the start view.',
      );
    }
    const url = `${window.location.pathname}${window.location.search}#${fragment}`;
    window.history.replaceState(null, '', url);
  }, [ready, view, selection, activeQuery, cy, replayUntil, theme, say, moved]);
}
