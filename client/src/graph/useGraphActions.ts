import { useMemo } from 'react';
import { useGraph } from './GraphContext.tsx';
import { fitVisible, zoomBy } from './viewport.ts';

export interface GraphActions {
  /** Fits every visible entity into the view. */
  fit: () => void;
  /** Zooms by `factor` about the selection, else about the centre. */
  zoom: (factor: number) => void;
  /** Where a node is drawn, in model coordinates; null when it is not on the canvas. */
  positionOf: (id: string) => { x: number; y: number } | null;
  /** Centres an entity once it is drawn and its layout has finished. */
  focus: (id: string) => void;
}

/** What the rest of the app may do to the viewport; each is a no-op until the canvas is ready. */
export function useGraphActions(): GraphActions {
  const { cy, requestFocus } = useGraph();
  return useMemo(
    () => ({
      fit: () => {
        if (cy) fitVisible(cy);
      },
      zoom: (factor: number) => {
        if (cy) zoomBy(cy, factor);
      },
      positionOf: (id: string) => {
        const node = cy?.getElementById(id);
        return node && node.nonempty() ? { ...node.position() } : null;
      },
      focus: requestFocus,
    }),
    [cy, requestFocus],
  );
}
