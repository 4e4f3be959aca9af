import type { Core } from 'cytoscape';
import type { RelationshipDto } from '../api/types.ts';
import { visibleEdgeIds, visibleNodeIds, type ViewState } from '../state/viewState.ts';
import { firstSentenceOf } from './toElements.ts';

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

/**
 * How many nodes and relationships the canvas draws: the visible ones
 * (viewState), less those replay hides, by the same rule as applyReplay (an
 * edge appears at its first evidence sentence, a node with its first edge).
 */
export function drawnCounts(
  view: ViewState,
  until: number | null,
): { nodeCount: number; edgeCount: number } {
  const nodes = visibleNodeIds(view);
  const edges = visibleEdgeIds(view);
  if (until === null) return { nodeCount: nodes.length, edgeCount: edges.length };
  const appeared = (edge: RelationshipDto) => firstSentenceOf(edge) <= until;
  const withEdge = new Set<string>(
    Object.values(view.edges)
      .filter(appeared)
      .flatMap((edge) => [edge.source, edge.target]),
  );
  return {
    nodeCount: nodes.filter((id) => withEdge.has(id)).length,
    edgeCount: edges.filter((id) => {
      const edge = view.edges[id];
      return edge !== undefined && appeared(edge);
    }).length,
  };
}
