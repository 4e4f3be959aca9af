import type { Collection, CollectionArgument, Core, NodeSingular } from 'cytoscape';
import { ENTITY_FONT_SIZE } from './stylesheet.ts';

/** Entity labels are at least this big on screen (CSS px) whenever the app picks the zoom. */
export const READABLE_LABEL_PX = 12;
/** The zoom at which entity labels are READABLE_LABEL_PX tall. */
export const READABLE_ZOOM = READABLE_LABEL_PX / ENTITY_FONT_SIZE;
/** A few nodes fitted to a big canvas would look blown up; the app never fits closer than this. */
export const MAX_FIT_ZOOM = 1.25;

const ANIMATION_MS = 250;

/** Users who asked their system for less motion get jumps instead of animations. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Visible entities and relationships, without the "N more" placeholders. */
const visibleEntities = (cy: Core): Collection => cy.elements(':visible').not('.more');

/**
 * Where zooming should keep its place, in rendered (canvas) pixels: the
 * selection's centre while it is on screen, else the centre of the canvas.
 */
function zoomCentre(cy: Core): { x: number; y: number } {
  const selected = cy.elements(':selected:visible');
  const middle = { x: cy.width() / 2, y: cy.height() / 2 };
  if (selected.empty()) return middle;
  const box = selected.renderedBoundingBox({ includeLabels: false });
  const at = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const onScreen = at.x >= 0 && at.y >= 0 && at.x <= cy.width() && at.y <= cy.height();
  return onScreen ? at : middle;
}

/** Zooms by `factor` about the selection (which stays where it is on screen), else about the centre. */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: zoomCentre(cy) });
}

export function fitVisible(cy: Core): void {
  const fit = { eles: visibleEntities(cy), padding: 24 };
  if (prefersReducedMotion()) cy.fit(fit.eles, fit.padding);
  else cy.animate({ fit }, { duration: 200 });
}

/** Centres the view on `eles` (animated unless the user prefers reduced motion). */
export function centreOn(cy: Core, eles: CollectionArgument): void {
  if (eles.empty()) return;
  // The shapes' centre, not Cytoscape's center(), which counts labels and so sets a node high.
  const box = eles.boundingBox({ includeLabels: false });
  const zoom = cy.zoom();
  const pan = {
    x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom,
    y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom,
  };
  cy.stop(true, true);
  if (prefersReducedMotion()) cy.pan(pan);
  else cy.animate({ pan }, { duration: ANIMATION_MS });
}

/** Pans to `eles` only when they are not already well inside the canvas: a keyboard walk should not make the view swim. */
export function bringIntoView(cy: Core, eles: CollectionArgument, margin = 40): void {
  if (eles.empty()) return;
  const box = eles.renderedBoundingBox({ includeLabels: false });
  const inside =
    box.x1 >= margin &&
    box.y1 >= margin &&
    box.x2 <= cy.width() - margin &&
    box.y2 <= cy.height() - margin;
  if (!inside) centreOn(cy, eles);
}

/** The entity with the most relationships on the canvas: what a zoomed-in start view centres on. */
function hub(cy: Core): CollectionArgument {
  let best: CollectionArgument = cy.collection();
  let bestDegree = -1;
  visibleEntities(cy)
    .nodes()
    .forEach((node: NodeSingular) => {
      const degree = node.connectedEdges(':visible').not('.more').length;
      if (degree > bestDegree) {
        best = node;
        bestDegree = degree;
      }
    });
  return best;
}

/**
 * After a layout has fitted the graph: never closer than MAX_FIT_ZOOM, and
 * never so far that entity labels shrink below READABLE_LABEL_PX. A graph
 * too big to fit at a readable size is shown around `focus` (the expanded
 * entity or the selection), else around its hub; F or Fit still shows it
 * all, at whatever size that takes.
 */
export function keepLabelsReadable(cy: Core, focus: CollectionArgument): void {
  const zoom = cy.zoom();
  if (zoom > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(visibleEntities(cy));
  } else if (zoom < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(focus.nonempty() ? focus : hub(cy));
  }
}
