import { useMemo } from 'react';
import { entityTypeOf } from '../domain/entities.ts';
import type { ViewState } from '../state/viewState.ts';

function counted(values: string[]) {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** Entity and relationship types on the canvas with their counts, for the legend and filters. */
export function useTypeCounts(view: ViewState) {
  return useMemo(
    () => ({
      nodeTypes: counted(Object.values(view.nodes).map(entityTypeOf)),
      edgeTypes: counted(Object.values(view.edges).map((e) => e.type)),
    }),
    [view.nodes, view.edges],
  );
}
