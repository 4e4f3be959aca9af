import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ExplorerApi } from '../api/explorerApi.ts';
import { ApiError } from '../api/http.ts';
import {
  capNotice,
  connectChunks,
  connectInChunks,
  connectRequest,
  tooManyToConnect,
  withConnectingEdges,
  type GrowAction,
} from './connect.ts';
import type { HistoryAction } from './history.ts';
import type { ViewState } from './viewState.ts';

/**
 * Dispatches an action that adds entities, first asking the server for
 * every relationship between them and the entities already shown (when
 * `connect` is on), so that the canvas never hides a relationship among what
 * it shows. The relationships travel inside the same action: one undo step.
 * Past the API's limit of new ids per request the ask goes in chunks
 * (connectChunks). Resolves to a sentence for the status line when the cap
 * left relationships out, the canvas was too big to connect, or connecting
 * failed, else null.
 */
export function useGrow(
  api: ExplorerApi,
  viewRef: RefObject<ViewState>,
  dispatch: (action: HistoryAction) => void,
  connect: boolean,
): (action: GrowAction) => Promise<string | null> {
  const connectRef = useRef(connect);
  useEffect(() => {
    connectRef.current = connect;
  }, [connect]);
  return useCallback(
    async (action: GrowAction) => {
      const request = connectRef.current ? connectRequest(viewRef.current, action) : null;
      if (!request) {
        dispatch(action);
        return null;
      }
      const chunks = connectChunks(request);
      if (!chunks) {
        dispatch(action);
        return tooManyToConnect(request);
      }
      try {
        const result = await connectInChunks((chunk) => api.relationshipsAmong(chunk), chunks);
        dispatch(withConnectingEdges(action, result.edges));
        return capNotice(result);
      } catch (error) {
        // The entities still arrive; the user learns their relationships may be incomplete.
        dispatch(action);
        const reason = error instanceof ApiError || error instanceof Error ? error.message : '';
        return `Relationships among the entities shown could not be loaded: ${reason}`;
      }
    },
    [api, viewRef, dispatch],
  );
}
