import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Creates the one Cytoscape instance for a container, hands it to `attach`
 * (the graph context) and destroys it on unmount. Re-renders never
 * re-create it: everything else talks to it through hooks that diff and batch.
 */
export function useCytoscape(attach: (cy: Core | null) => void): RefObject<HTMLDivElement | null> {
  const containerRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      // Low enough to fit a 10 000-element graph laid out with room for its labels.
      minZoom: 0.01,
      maxZoom: 5,
      boxSelectionEnabled: true,
      // Real canvas renderer: WebGL runs in software on GPU-less machines and lacks dashed edges.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
    });
    attach(instance);
    // Cytoscape watches its container too, but only acts 100 ms later; this keeps the canvas in
    // step while a splitter moves. A resize redraws every element, so only on a real change
    // (useSyncView may have resized cy already).
    const observer = new ResizeObserver(() => {
      if (
        container.clientWidth !== instance.width() ||
        container.clientHeight !== instance.height()
      )
        instance.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      instance.destroy();
      attach(null);
    };
  }, [attach]);

  return containerRef;
}
