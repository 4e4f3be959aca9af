/**
 * Connected components from plain ids, with union–find: linear in nodes and
 * edges. fcose finds components with Cytoscape collections, whose set
 * operations make it quadratic in the number of components (13 s for the
 * 2 224 components of a 10 000-element query result, measured), so the
 * layout splits the graph here first.
 */
export interface EdgeEnds {
  source: string;
  target: string;
}

export interface Component {
  /** Indexes into the node list given, in its order. */
  nodeIndexes: number[];
  /** Indexes into the edge list given, in its order. */
  edgeIndexes: number[];
}

export function connectedComponents(
  nodeIds: readonly string[],
  edges: readonly EdgeEnds[],
): Component[] {
  const indexOf = new Map(nodeIds.map((id, index) => [id, index]));
  const parent = nodeIds.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) {
      const next = parent[current] ?? current;
      // Path halving keeps the trees flat without recursion.
      parent[current] = parent[next] ?? next;
      current = next;
    }
    return current;
  };
  for (const edge of edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined || b === undefined) continue;
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, Component>();
  nodeIds.forEach((_, index) => {
    const key = root(index);
    let component = byRoot.get(key);
    if (!component) {
      component = { nodeIndexes: [], edgeIndexes: [] };
      byRoot.set(key, component);
    }
    component.nodeIndexes.push(index);
  });
  edges.forEach((edge, index) => {
    const a = indexOf.get(edge.source);
    if (a === undefined || !indexOf.has(edge.target)) return;
    byRoot.get(root(a))?.edgeIndexes.push(index);
  });
  return [...byRoot.values()];
}
