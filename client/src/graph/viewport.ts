import type { Core } from 'cytoscape';

/** Zooms about the centre of the canvas, as the toolbar's + and − buttons do. */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

export function fitVisible(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(':visible'), padding: 24 } }, { duration: 200 });
}
