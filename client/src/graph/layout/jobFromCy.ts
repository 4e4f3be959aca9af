import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Expansion, ForceLayoutJob, LayoutNode } from './forceLayout.ts';
import { inSlices } from './slices.ts';

/**
 * What the layout worker needs of the elements on the canvas: ids, ends,
 * positions, pins, and each node's size with its label, which only the page
 * can measure (the worker has no fonts or canvas).
 */
function measure(node: NodeSingular): LayoutNode {
  const size = node.layoutDimensions({ nodeDimensionsIncludeLabels: true });
  const { x, y } = node.position();
  const box = node.boundingBox({ includeLabels: true });
  const dy = (box.y1 + box.y2) / 2 - y;
  return { id: node.id(), width: size.w, height: size.h, dy, x, y, locked: node.locked() };
}

const link = (edge: EdgeSingular) => ({
  id: edge.id(),
  source: edge.source().id(),
  target: edge.target().id(),
});

export function forceLayoutJob(
  eles: Collection,
  options: object,
  expansion: Expansion | null,
): ForceLayoutJob {
  const nodes = eles.nodes().map(measure);
  return { nodes, edges: eles.edges().map(link), options: { ...options }, expansion };
}

/**
 * The same job, measured in slices between which the browser may answer
 * input (slices.ts); null when `stillWanted()` turned false on the way.
 */
export async function forceLayoutJobInSlices(
  eles: Collection,
  options: object,
  expansion: Expansion | null,
  stillWanted: () => boolean,
): Promise<ForceLayoutJob | null> {
  const nodes: LayoutNode[] = [];
  const measured = await inSlices(
    eles.nodes().toArray(),
    (node) => nodes.push(measure(node)),
    stillWanted,
  );
  if (!measured) return null;
  return { nodes, edges: eles.edges().map(link), options: { ...options }, expansion };
}
