import type { Collection } from 'cytoscape';
import type { Expansion, ForceLayoutJob } from './forceLayout.ts';

/**
 * What the layout worker needs of the elements on the canvas: ids, ends,
 * positions, pins, and each node's size with its label, which only the page
 * can measure (the worker has no fonts or canvas).
 */
export function forceLayoutJob(
  eles: Collection,
  options: object,
  expansion: Expansion | null,
): ForceLayoutJob {
  const nodes = eles.nodes().map((node) => {
    const size = node.layoutDimensions({ nodeDimensionsIncludeLabels: true });
    const { x, y } = node.position();
    const box = node.boundingBox({ includeLabels: true });
    const dy = (box.y1 + box.y2) / 2 - y;
    return { id: node.id(), width: size.w, height: size.h, dy, x, y, locked: node.locked() };
  });
  const edges = eles.edges().map((edge) => ({
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
  }));
  return { nodes, edges, options: { ...options }, expansion };
}
