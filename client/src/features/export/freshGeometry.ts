import type { CollectionReturnValue } from 'cytoscape';

/**
 * Cytoscape internals an export needs to read label geometry that matches
 * the style in force now (see refreshGeometry). Both exist on every
 * collection and on the canvas renderer; Cytoscape's types leave them out.
 */
interface GeometryInternals {
  dirtyBoundingBoxCache(): void;
  cy(): {
    renderer(): { recalculateRenderedStyle(eles: unknown, useCache: boolean): void };
  };
}

/**
 * Makes every label and edge measurement of `eles` match their current
 * style and positions, so an export's layout is a function of the graph,
 * the stylesheet and the options only, not of what the screen last drew.
 *
 * Why: Cytoscape applies a class change's style lazily and keeps label
 * sizes (rendered style) and bounding boxes in caches that the screen's
 * next frame refreshes. `boundingBox()` checks those caches *before* it
 * applies the pending style, so the first box read after the export
 * classes go on (full, wrapped names instead of the screen's short labels)
 * measured the short label, and the box it cached stayed wrong until a
 * frame was drawn. The first pass of each export therefore laid the graph
 * out tighter, found too little room for relationship labels and spread
 * it 1.15–1.3× wider; the pixel budget measured that pass and lowered the
 * scale of a 3× image to 2.7–2.9× (the export test's failed ratio). A
 * second pass in the same task read fresh values, so which pass an export
 * drew, and what a preview had left behind, decided the image.
 *
 * So, in this order: read a style property of each element (which applies
 * its pending style), drop every cached box, and recompute rendered style
 * without the cache. Reads after this call see the export's own geometry.
 */
export function refreshGeometry(eles: CollectionReturnValue): void {
  if (eles.empty()) return;
  eles.forEach((ele) => {
    ele.style('label');
  });
  const internals = eles as unknown as GeometryInternals;
  internals.dirtyBoundingBoxCache();
  internals.cy().renderer().recalculateRenderedStyle(eles, false);
}
