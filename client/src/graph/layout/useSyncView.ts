import type { Collection, Core, Layouts } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { ViewState } from '../../state/viewState.ts';
import { applyViewState } from '../applyViewState.ts';
import { LAYOUT_DONE_MARK, markForBench } from '../instrumentation/benchHook.ts';
import { layOutHeld } from './heldLayout.ts';
import { forceLayoutJob } from './jobFromCy.ts';
import { LayoutSuperseded, LayoutWorkerClient } from './layoutClient.ts';
import type { LayoutTracker } from './layoutTracker.ts';
import { layoutOptions } from './layoutOptions.ts';
import { layoutReady } from './registerLayouts.ts';
import { keepLabelsReadable } from '../viewport.ts';

/**
 * Applies each new view to cy, and runs the layout when the view asks for it
 * (`layoutRun` changed). After an expansion the layout starts from the
 * current positions, so the rest of the graph keeps its place.
 *
 * The force-directed layout is computed in a worker (layout/) and then
 * applied as preset positions: the page keeps drawing and answering while
 * a big graph is laid out. The other layouts are quick enough to run here.
 */
const NOT_SHOWN = '.hidden, .filtered';

/**
 * What a layout places: the entities shown, and the relationships shown
 * between them. A relationship whose own class leaves it shown but whose
 * end is hidden (its entity type was just hidden in the legend) is not
 * drawn, so it is left out: Cytoscape 3.35 can throw from `boundingBox()`
 * on such an edge while the end's new style is still pending (its
 * findEdgeControlPoints reads an empty edge bundle), which failed the
 * layout and left it "running" for good.
 */
export function visibleElements(cy: Core): Collection {
  const nodes = cy.nodes().not(NOT_SHOWN);
  return nodes.union(nodes.edgesWith(nodes).not(NOT_SHOWN));
}

/**
 * Up to this many nodes the force layout runs on the page (layoutClient.ts),
 * so the first visit does not download the worker's own Cytoscape (170 KB
 * gzipped) for the article's start view. It blocks the page while it runs:
 * the first visit's longest task was 0.4–1.2 s at load average 12–17, against
 * 0.4–1.0 s with the worker (bench/README.md); keep the limit small.
 */
export const PAGE_LAYOUT_MAX_NODES = 150;

export function useSyncView(
  cy: Core | null,
  view: ViewState,
  tracker: LayoutTracker,
  onHeld: (held: boolean) => void,
): void {
  const lastLayoutRun = useRef(-1);
  // Bumped by every layout that starts: a held layout still running for an older one stops.
  const layoutsStarted = useRef(0);
  // Whether a layout has placed anything yet. The first view may be empty (the data is
  // still on its way), so the first layout run is not always the first placement.
  const placedBefore = useRef(false);
  const [worker] = useState(() => new LayoutWorkerClient({ pageMaxNodes: PAGE_LAYOUT_MAX_NODES }));

  useEffect(() => () => worker.dispose(), [worker]);

  useEffect(() => {
    if (!cy) return;
    const { addedNodeIds } = applyViewState(cy, view);
    if (view.layoutRun === lastLayoutRun.current) return;
    lastLayoutRun.current = view.layoutRun;
    const eles = visibleElements(cy);
    if (eles.empty()) return;
    // The first placement appears at once: animating it from where the elements were added
    // drew the start view for 300 ms more, in shapes nobody asked for.
    const firstLayout = !placedBefore.current;
    placedBefore.current = true;
    // A panel may have opened in the same render; fit to the container's size now.
    cy.resize();
    const incremental = !firstLayout && view.anchorId !== null && addedNodeIds.length > 0;
    const request = {
      name: view.layout,
      elementCount: eles.length,
      incremental,
      animate: !firstLayout && eles.length < 400,
    };
    const finish = () => {
      // Keep labels at a reading size: around what was just expanded, else the selection.
      const anchor = incremental && view.anchorId ? cy.getElementById(view.anchorId) : null;
      keepLabelsReadable(cy, anchor ?? cy.nodes(':selected:visible'));
      tracker.finished();
      markForBench(LAYOUT_DONE_MARK);
    };
    const runThenFinish = (layout: Layouts) => {
      layout.one('layoutstop', finish);
      layout.run();
    };
    // A failed layout still shows the graph, on a grid. A layout that throws never stops,
    // so if the grid throws too, say the layout is over: nothing may wait on it for good.
    const fallBackToGrid = (error: unknown) => {
      console.error(error);
      try {
        runThenFinish(visibleElements(cy).layout(layoutOptions({ ...request, name: 'grid' })));
      } catch (gridError) {
        console.error(gridError);
        tracker.finished();
      }
    };
    tracker.started();
    const started = ++layoutsStarted.current;
    // A held layout this one replaces may not clear its notice any more (below): clear it here.
    onHeld(false);
    if (view.layout !== 'fcose') {
      worker.cancel();
      const ready = layoutReady(view.layout);
      if (ready === true) {
        try {
          runThenFinish(eles.layout(layoutOptions(request)));
        } catch (error) {
          fallBackToGrid(error);
        }
        return;
      }
      const run = view.layoutRun;
      ready
        .then(() => {
          // A newer layout may have been asked for while the extension loaded.
          if (cy.destroyed() || lastLayoutRun.current !== run) return;
          runThenFinish(visibleElements(cy).layout(layoutOptions(request)));
        })
        .catch((error: unknown) => {
          if (cy.destroyed() || lastLayoutRun.current !== run) return;
          fallBackToGrid(error);
        });
      return;
    }
    const failed = (error: unknown) => {
      if (error instanceof LayoutSuperseded || cy.destroyed()) return;
      // The force layout failed, in the worker and on the page.
      fallBackToGrid(error);
    };
    if (!incremental && eles.nodes().length > PAGE_LAYOUT_MAX_NODES) {
      const stillWanted = () => layoutsStarted.current === started && !cy.destroyed();
      layOutHeld(
        cy,
        eles,
        layoutOptions(request),
        worker,
        () => visibleElements(cy),
        stillWanted,
        // Only the newest layout speaks: an older one ending must not clear a newer one's notice.
        (held) => {
          if (layoutsStarted.current === started) onHeld(held);
        },
      )
        .then((placed) => {
          if (!placed) return; // a newer layout took over, and will finish
          cy.fit(placed, 24);
          finish();
        })
        .catch(failed);
      return;
    }
    const expansion = incremental ? { anchorId: view.anchorId, addedIds: addedNodeIds } : null;
    worker
      .run(forceLayoutJob(eles, layoutOptions(request), expansion))
      .then((positions) => {
        if (cy.destroyed()) return;
        runThenFinish(
          visibleElements(cy).layout({
            name: 'preset',
            // Nodes without a position here (components that did not move) stay where they are.
            positions,
            fit: true,
            padding: 24,
            animate: request.animate,
            animationDuration: 300,
          }),
        );
      })
      .catch(failed);
  }, [cy, view, tracker, worker, onHeld]);
}
