import { useMemo } from 'react';
import type { ExplorerApi } from '../api/explorerApi.ts';
import { capNotice, CONNECT_LIMIT, mergeGraphs } from './connect.ts';
import type { Explorer } from './useExplorer.ts';
import type { Position } from './viewState.ts';

/** Actions on several selected entities; expanding, pinning and connecting are one undo step each. */
export function useSelectionActions(api: ExplorerApi, explorer: Explorer) {
  const { dispatch, say, addGraph, expandLimit } = explorer;
  return useMemo(
    () => ({
      /**
       * Every selected entity's first page of neighbours, added as one graph:
       * one undo step, connected as a whole. Pages are fetched one after
       * another, so a big selection does not flood the server.
       */
      expandAll: async (ids: readonly string[]) => {
        try {
          const pages = [];
          for (const nodeId of ids)
            pages.push({ nodeId, page: await api.neighbours({ nodeId, limit: expandLimit }) });
          const truncations = Object.fromEntries(
            pages.map(({ nodeId, page }) => [
              nodeId,
              { shown: page.edges.length, total: page.total },
            ]),
          );
          await addGraph(mergeGraphs(pages.map(({ page }) => page)), 'add', truncations);
          const total = pages.reduce((sum, { page }) => sum + page.total, 0);
          const shown = pages.reduce((sum, { page }) => sum + page.edges.length, 0);
          say(
            `Expanded ${String(ids.length)} entities: ${String(shown)} of ${String(total)} relationships` +
              (shown < total ? ` (${String(total - shown)} more behind "more").` : '.'),
          );
        } catch (error) {
          say(`Could not expand the selection: ${error instanceof Error ? error.message : ''}`);
        }
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
    [api, dispatch, say, addGraph, expandLimit],
  );
}
