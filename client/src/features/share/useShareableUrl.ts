import { useEffect, useState } from 'react';
import type { QueryParams } from '../../api/explorerApi.ts';
import type { ViewState } from '../../state/viewState.ts';
import { decodeSharedView, encodeSharedView, type SharedView } from './urlState.ts';

/** The link the page was opened with, read once. */
export function useInitialSharedView(): SharedView | null {
  const [shared] = useState(() => decodeSharedView(window.location.hash));
  return shared;
}

/**
 * Keeps the URL fragment describing the current view, with replaceState so
 * the browser history is not flooded. Starts only once the first view is
 * loaded, so an incoming link is not overwritten before it is restored.
 */
export function useShareableUrl(
  ready: boolean,
  view: ViewState,
  selection: readonly string[],
  activeQuery: { id: string; params: QueryParams } | null,
): void {
  useEffect(() => {
    if (!ready) return;
    const hidden = new Set(view.hidden);
    const fragment = encodeSharedView({
      nodeIds: Object.keys(view.nodes).filter((id) => !hidden.has(id)),
      pinned: view.pinned,
      selection: selection.filter((id) => id in view.nodes || id in view.edges),
      layout: view.layout,
      query: activeQuery,
    });
    const url = `${window.location.pathname}${window.location.search}#${fragment}`;
    window.history.replaceState(null, '', url);
  }, [ready, view, selection, activeQuery]);
}
