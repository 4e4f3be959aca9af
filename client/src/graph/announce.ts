import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

const plural = (count: number, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

const nameOf = (node: NodeSingular) => String(node.data('name') ?? node.data('label'));

/** "TikTok, Company, 12 relationships": what a screen reader hears when an entity is selected. */
export function describeEntity(node: NodeSingular): string {
  const degree = node.connectedEdges(':visible').not('.more').length;
  const pinned = node.hasClass('pinned') ? ', pinned' : '';
  return `${nameOf(node)}, ${String(node.data('type'))}, ${plural(degree, 'relationship')}${pinned}`;
}

/** "Relationship: ByteDance owns TikTok, attributed" : the statement an edge makes, in reading order. */
export function describeRelationship(edge: EdgeSingular): string {
  const attribution = String(edge.data('attribution') ?? 'narrated');
  const stance = edge.data('stance') as string | undefined;
  const how = stance ? `${attribution}, ${stance}` : attribution;
  return `Relationship: ${nameOf(edge.source())} ${String(edge.data('label'))} ${nameOf(edge.target())}, ${how}`;
}

/** What the canvas's live region says about the selection: one element in full, several as a count. */
export function describeSelection(cy: Core, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  if (ids.length > 1) return `${plural(ids.length, 'element')} selected`;
  const ele = cy.getElementById(ids[0] ?? '');
  if (ele.empty()) return '';
  return ele.isNode() ? describeEntity(ele) : describeRelationship(ele);
}
