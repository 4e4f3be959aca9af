import { useMemo } from 'react';
import type { ExplorerApi } from '../api/explorerApi.ts';
import { capNotice, CONNECT_LIMIT } from './connect.ts';
import type { Explorer } from './useExplorer.ts';
import type { Position } from './viewState.ts';

/** Actions on several selected entities; pinning and connecting are one undo step each. */
export function useSelectionActions(api: ExplorerApi, explorer: Explorer) {
  const { dispatch, say, expand } = explorer;
  return useMemo(
    () => ({
      /** One after another, so each expansion connects to what the previous ones added. */
      expandAll: async (ids: readonly string[]) => {
        for (const id of ids) await expand(id);
        say(`Expanded ${String(ids.length)} entities.`);
      },
      pinAll: (ids: readonly string[], positionOf: (id: string) => Position | null) => {
        const positions = Object.fromEntries(
          ids.flatMap((id) => {
            const at = positionOf(id);
            return at ? [[id, at] as const] : [];
          }),
        );
        dispatch({ type: 'pinMany', positions });
      },
      unpinAll: (ids: readonly string[]) => dispatch({ type: 'unpinMany', ids }),
      connectAmong: async (ids: readonly string[]) => {
        try {
          const result = await api.relationshipsAmong({
            newIds: [...ids],
            visibleIds: [],
            limit: CONNECT_LIMIT,
          });
          dispatch({ type: 'addGraph', graph: { nodes: [], edges: result.edges } });
          const note = capNotice(result);
          say(
            `${String(result.total)} relationships among the ${String(ids.length)} selected entities.` +
              (note ? ` ${note}` : ''),
          );
        } catch (error) {
          say(`Could not connect the selection: ${error instanceof Error ? error.message : ''}`);
        }
      },
    }),
    [api, dispatch, say, expand],
  );
}
