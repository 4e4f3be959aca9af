import { useCallback, useState } from 'react';
import type { CypherResultDto } from '../api/types.ts';
import { keptCanvasReason } from '../features/queries/keptCanvas.ts';
import type { ResultDelivery } from '../features/queries/useQueryRunner.ts';
import { useExplorerContext } from '../state/ExplorerContext.tsx';

/**
 * The last query result: shown in the results table (opened by `onShown`)
 * and, unless the user asked for the table only, drawn on the canvas.
 */
export function useQueryResults(onShown: () => void) {
  const { say, addGraph } = useExplorerContext();
  const [results, setResults] = useState<{ result: CypherResultDto; title: string } | null>(null);
  const onResult = useCallback(
    ({ result, mode, title }: ResultDelivery) => {
      setResults({ result, title });
      onShown();
      if (mode === 'replace' && result.graph.nodes.length === 0) {
        // Replacing with nothing would wipe the canvas for a result that only has a table.
        say(keptCanvasReason(title, result));
        return;
      }
      if (mode !== 'table') void addGraph(result.graph, mode);
    },
    [say, addGraph, onShown],
  );
  return { results, onResult };
}
