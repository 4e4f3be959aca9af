import { useEffect, useState } from 'react';
import type { ExplorerApi } from '../../api/explorerApi.ts';
import type { HistoryAction } from '../../state/history.ts';
import { initialView } from './restoreView.ts';
import type { SharedView } from './urlState.ts';

/**
 * Loads the first view once: the overview, or what the opening link
 * describes. Says when it is ready (the URL starts following the view
 * then) or why it failed.
 */
export function useInitialLoad(
  api: ExplorerApi,
  shared: SharedView | null,
  dispatch: (action: HistoryAction) => void,
  setSelection: (ids: string[]) => void,
  connect: boolean,
  say: (message: string) => void,
): { ready: boolean; loadError: string | null } {
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The setting as the page opened: toggling it later must not load the first view again.
  const [connectAtStart] = useState(connect);
  useEffect(() => {
    initialView(api, shared, connectAtStart).then(
      ({ view, note, shared: restored }) => {
        dispatch({ type: 'reset', view });
        setSelection(restored?.selection ?? []);
        if (note) say(note);
        setReady(true);
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, [api, shared, dispatch, setSelection, connectAtStart, say]);
  return { ready, loadError };
}
