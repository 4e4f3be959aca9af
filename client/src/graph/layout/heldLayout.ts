import type { Collection, Core } from 'cytoscape';
import { forceLayoutJobInSlices } from './jobFromCy.ts';
import type { LayoutWorkerClient } from './layoutClient.ts';
import { inSlices } from './slices.ts';

/**
 * A fresh force layout of a big view (more nodes than the page lays out
 * itself), done so that no single task freezes the page, and so that the
 * graph is first drawn where it belongs. Measured at 10 000 elements
 * (bench/README.md), the old path spent one 1.4 s task measuring labels,
 * then a 2 s frame drawing every element at its unplaced position (thrown
 * away), then 0.9 s in the preset layout's fit, then the real draw.
 *
 * Here Cytoscape draws nothing until the graph is placed: its render loop
 * skips every frame while a batch is open. Meanwhile, in slices:
 * - the labels are measured for the worker;
 * - while the worker lays out, every relationship's style is computed
 *   (styles do not depend on positions; the first draw would compute them);
 * - once the positions are set, every element's bounding box is computed
 *   (the draw needs them to cull, and the fit needs them all).
 * What is left for the first frame is the drawing itself.
 *
 * Resolves with the elements it placed (`shown()` once the worker is done),
 * not yet fitted; null when a newer layout took over. Rejects when the
 * worker fails or is superseded (LayoutSuperseded). The hold is released in
 * every case, and `onHeld` hears when it starts (true) and ends (false).
 */
export async function layOutHeld(
  cy: Core,
  eles: Collection,
  options: object,
  worker: LayoutWorkerClient,
  shown: () => Collection,
  stillWanted: () => boolean,
  onHeld: (held: boolean) => void,
): Promise<Collection | null> {
  cy.startBatch();
  onHeld(true);
  try {
    const job = await forceLayoutJobInSlices(eles, options, null, stillWanted);
    if (!job) return null;
    const running = worker.run(job);
    // Awaited below, after the slices: until then a newer layout's rejection of it
    // (LayoutSuperseded) would count as unhandled in the page.
    running.catch(() => undefined);
    const styled = await inSlices(
      eles.edges().toArray(),
      // Reading any style property computes the element's whole style, once.
      (edge) => void edge.numericStyle('width'),
      stillWanted,
    );
    const positions = await running;
    if (!styled || !stillWanted() || cy.destroyed()) return null;
    // The view may have changed while the worker ran (a type hidden): place what is shown now.
    const placed = shown();
    placed.nodes().positions((node) => positions[node.id()] ?? node.position());
    const measured = await inSlices(placed.toArray(), (ele) => ele.boundingBox(), stillWanted);
    return measured && !cy.destroyed() ? placed : null;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
    onHeld(false);
  }
}
