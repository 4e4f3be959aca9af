import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { NewsgraphBenchHook } from './benchHook.ts';
import { zoomBy } from '../viewport.ts';

/** Installs the benchmark's viewport controls (see benchHook.ts) for the life of the cy instance. */
export function useBenchHook(cy: Core | null): void {
  useEffect(() => {
    if (!cy) return;
    let lastRenderAt = 0;
    const onRender = () => {
      lastRenderAt = performance.now();
    };
    cy.on('render', onRender);
    const hook: NewsgraphBenchHook = {
      panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
      zoomBy: (factor) => zoomBy(cy, factor),
      lastRenderAt: () => lastRenderAt,
    };
    window.__newsgraphBench = hook;
    return () => {
      cy.off('render', onRender);
      delete window.__newsgraphBench;
    };
  }, [cy]);
}
