import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { LayoutTracker } from '../../graph/layout/layoutTracker.ts';
import type { SharedView } from './urlState.ts';

/**
 * Puts every entity where the link says it was, and the zoom and pan, once
 * the first layout of the restored view has finished (the layout would
 * otherwise move them again). Runs once per opened link.
 */
export function useRestoreViewport(
  cy: Core | null,
  ready: boolean,
  shared: SharedView | null,
  tracker: LayoutTracker,
): void {
  useEffect(() => {
    if (!cy || !ready || !shared) return;
    const { positions = [], viewport } = shared;
    if (!viewport && !positions.some((p) => p !== null)) return;
    let frame = 0;
    const apply = () => {
      if (cy.destroyed()) return;
      if (tracker.running || tracker.runs === 0) {
        frame = requestAnimationFrame(apply);
        return;
      }
      cy.batch(() => {
        shared.nodeIds.forEach((id, index) => {
          const at = positions[index];
          const node = cy.getElementById(id);
          if (!at || node.empty() || node.locked()) return;
          node.position(at);
        });
      });
      if (viewport) cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
    };
    frame = requestAnimationFrame(apply);
    return () => cancelAnimationFrame(frame);
  }, [cy, ready, shared, tracker]);
}
