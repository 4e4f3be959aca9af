import type { ForceLayoutJob, LayoutEdge, LayoutNode } from './forceLayout.ts';
import { layoutOptions } from './layoutOptions.ts';

/** Graphs for the layout tests: many small components and one star, like a broad query's result. */
export function node(id: string, at = { x: 0, y: 0 }, locked = false): LayoutNode {
  return { id, width: 60 + id.length * 4, height: 40, x: at.x, y: at.y, locked };
}

export function edge(source: string, target: string): LayoutEdge {
  return { id: `${source}->${target}`, source, target };
}

/** `pairs` two-node components, and a star of `starSize` leaves around "hub". */
export function sparseGraph(pairs: number, starSize: number): ForceLayoutJob {
  const nodes: LayoutNode[] = [node('hub')];
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < starSize; i += 1) {
    nodes.push(node(`leaf${String(i)}`));
    edges.push(edge('hub', `leaf${String(i)}`));
  }
  for (let i = 0; i < pairs; i += 1) {
    nodes.push(node(`a${String(i)}`), node(`b${String(i)}`));
    edges.push(edge(`a${String(i)}`, `b${String(i)}`));
  }
  const options = layoutOptions({
    name: 'fcose',
    elementCount: nodes.length + edges.length,
    incremental: false,
    animate: false,
  });
  return { nodes, edges, options: { ...options }, expansion: null };
}
