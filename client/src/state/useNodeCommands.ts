import { useMemo } from 'react';
import { useGraphActions } from '../graph/useGraphActions.ts';
import { useExplorerContext } from './ExplorerContext.tsx';
import type { ExpandFilter } from './useExplorer.ts';

/** What can be done to one entity; the keyboard, the context menu and the details panel share them. */
export interface NodeCommands {
  expand: (filter?: ExpandFilter) => void;
  collapse: () => void;
  hide: () => void;
  remove: () => void;
  /** Pins the entity where it is drawn now, or unpins it. */
  togglePin: () => void;
}

/** The commands on entity `id`; with a null id (nothing selected) each does nothing. */
export function useNodeCommands(id: string | null): NodeCommands {
  const { expand, collapse, hide, remove, togglePin } = useExplorerContext();
  const { positionOf } = useGraphActions();
  return useMemo(() => {
    if (id === null) {
      const nothing = () => undefined;
      return {
        expand: nothing,
        collapse: nothing,
        hide: nothing,
        remove: nothing,
        togglePin: nothing,
      };
    }
    return {
      expand: (filter?: ExpandFilter) => void expand(id, filter),
      collapse: () => collapse(id),
      hide: () => hide([id]),
      remove: () => remove([id]),
      togglePin: () => togglePin(id, positionOf(id)),
    };
  }, [id, expand, collapse, hide, remove, togglePin, positionOf]);
}
