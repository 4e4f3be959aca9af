import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ViewState } from '../state/viewState.ts';
import { applyViewState } from './applyViewState.ts';
import { LAYOUT_DONE_MARK, markForBench } from './benchHook.ts';
import type { LayoutTracker } from './layoutTracker.ts';
import { layoutOptions } from './layoutOptions.ts';

/**
 * Applies each new view to cy, and runs the layout when the view asks for it
 * (`layoutRun` changed). After an expansion the layout starts from the
 * current positions, so the rest of the graph keeps its place.
 */
const MAX_FIT_ZOOM = 1.25;

export function useSyncView(cy: Core | null, view: ViewState, tracker: LayoutTracker): void {
  const lastLayoutRun = useRef(-1);

  useEffect(() => {
    if (!cy) return;
    const { addedNodeIds } = applyViewState(cy, view);
    if (view.layoutRun === lastLayoutRun.current) return;
    const firstLayout = lastLayoutRun.current === -1;
    lastLayoutRun.current = view.layoutRun;
    const eles = cy.elements().not('.hidden, .filtered');
    if (eles.empty()) return;
    // A panel may have opened in the same render; fit to the container's size now.
    cy.resize();
    const incremental = !firstLayout && view.anchorId !== null && addedNodeIds.length > 0;
    const layout = eles.layout(
      layoutOptions({
        name: view.layout,
        elementCount: eles.length,
        incremental,
        animate: !firstLayout && eles.length < 400,
      }),
    );
    tracker.started();
    layout.one('layoutstop', () => {
      // A few nodes fitted to a big canvas would look blown up; keep labels at a reading size.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(eles);
      }
      tracker.finished();
      markForBench(LAYOUT_DONE_MARK);
    });
    layout.run();
  }, [cy, view, tracker]);
}
