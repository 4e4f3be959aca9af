import type { Core } from 'cytoscape';

/**
 * Shows only what the article has established up to sentence `until`
 * (inclusive): edges whose first evidence sentence is later are hidden, and
 * so are nodes none of whose shown edges has appeared yet. `null` ends replay.
 */
export function applyReplay(cy: Core, until: number | null): void {
  cy.batch(() => {
    if (until === null) {
      cy.elements('.replay-hidden').removeClass('replay-hidden');
      return;
    }
    const edges = cy.edges().not('.more');
    edges.forEach((edge) => {
      const first = Number(edge.data('firstSentence'));
      edge.toggleClass('replay-hidden', !(first <= until));
    });
    cy.nodes().forEach((node) => {
      const shown = node.connectedEdges().not('.replay-hidden').not('.more');
      node.toggleClass('replay-hidden', node.hasClass('more') || shown.empty());
    });
  });
}

/** Highlights the elements a sentence supports (and their endpoints); empty clears. */
export function applyEvidenceHighlight(cy: Core, ids: readonly string[]): void {
  cy.batch(() => {
    cy.elements('.evidence').removeClass('evidence');
    for (const id of ids) {
      const ele = cy.getElementById(id);
      ele.addClass('evidence');
      if (ele.isEdge()) ele.connectedNodes().addClass('evidence');
    }
  });
}
