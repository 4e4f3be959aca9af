import type { Core } from 'cytoscape';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useBenchHook } from './instrumentation/useBenchHook.ts';
import { useTestHook } from './instrumentation/useTestHook.ts';
import { LayoutTracker } from './layout/layoutTracker.ts';

/** Ask the canvas to centre an entity once it is drawn and laid out; `seq` makes a repeated request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}

export interface GraphContextValue {
  /** The one Cytoscape instance, once the canvas has mounted it; null before and after. */
  cy: Core | null;
  /** Whether a layout runs; read by the viewport restore and the test hook. */
  tracker: LayoutTracker;
  focusRequest: FocusRequest | null;
  /**
   * A big view is being laid out while the canvas draws nothing of it
   * (heldLayout.ts); the canvas and the status line say so.
   */
  layingOut: boolean;
  /** Called by the canvas alone, when it creates and destroys its instance. */
  attach: (cy: Core | null) => void;
  /** Called by the canvas alone, when a held layout starts and ends. */
  setLayingOut: (layingOut: boolean) => void;
  requestFocus: (id: string) => void;
}

const GraphContext = createContext<GraphContextValue | null>(null);

/**
 * Holds the Cytoscape instance for everything beside the canvas (toolbar,
 * panels, shareable URL, export), so that it never passes through the
 * layout's props. The test and bench hooks live here, for as long as the
 * instance does.
 */
export function GraphProvider({ children }: { children: ReactNode }) {
  const [cy, attach] = useState<Core | null>(null);
  const [tracker] = useState(() => new LayoutTracker());
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [layingOut, setLayingOut] = useState(false);
  const requestFocus = useCallback(
    (id: string) => setFocusRequest((last) => ({ id, seq: (last?.seq ?? 0) + 1 })),
    [],
  );
  useTestHook(cy, tracker);
  useBenchHook(cy);
  const value = useMemo(
    () => ({ cy, tracker, focusRequest, layingOut, attach, setLayingOut, requestFocus }),
    [cy, tracker, focusRequest, layingOut, requestFocus],
  );
  return <GraphContext.Provider value={value}>{children}</GraphContext.Provider>;
}

/** The canvas's instance and layout state; needs a <GraphProvider> above it. */
export function useGraph(): GraphContextValue {
  const graph = useContext(GraphContext);
  if (!graph) throw new Error('useGraph() needs a <GraphProvider> above it (see App.tsx).');
  return graph;
}
