import type { SizedNode } from './smallComponents.ts';
import { compareIds } from './compareIds.ts';

/**
 * Leaves (nodes with one neighbour) are taken out before the force layout
 * and put back on rings around their neighbour. A hub's leaves are all
 * alike to fcose's spectral step, which then stacks them on one spot (7
 * distinct positions for a 500-leaf star, measured); its slower quality
 * pass spreads them but takes seconds. Rings are instant, never overlap,
 * and show at a glance how many a node holds.
 */
export interface LeafSplit {
  /** Leaves by the id of the node they hang from. */
  leavesOf: Map<string, SizedNode[]>;
  /** Ids of the nodes left for the force layout. */
  coreIds: Set<string>;
}

export function splitLeaves(
  nodes: readonly SizedNode[],
  edges: readonly { source: string; target: string }[],
): LeafSplit {
  const neighbours = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    if (!neighbours.has(source)) neighbours.set(source, new Set());
    if (!neighbours.has(target)) neighbours.set(target, new Set());
    neighbours.get(source)?.add(target);
    neighbours.get(target)?.add(source);
  }
  const leavesOf = new Map<string, SizedNode[]>();
  const coreIds = new Set(nodes.map((node) => node.id));
  for (const node of nodes) {
    const around = neighbours.get(node.id);
    if (around?.size !== 1) continue;
    const [parent] = around;
    // Of two nodes that only know each other, one stays in the core.
    if (parent === undefined || (neighbours.get(parent)?.size ?? 0) < 2) continue;
    coreIds.delete(node.id);
    const list = leavesOf.get(parent) ?? [];
    list.push(node);
    leavesOf.set(parent, list);
  }
  return { leavesOf, coreIds };
}

/** A leaf's room on its ring: a box may sit at any angle, so its longer side. */
const leafRoom = (node: SizedNode): number => Math.max(node.width, node.height);

/** How many leaves fit on a ring of `radius` with `room` between centres, measured straight across. */
function ringCapacity(radius: number, room: number): number {
  if (room >= 2 * radius) return 1;
  return Math.max(1, Math.floor(Math.PI / Math.asin(room / (2 * radius))));
}

/**
 * Offsets of `leaves` from their parent's centre, on rings filled from the
 * inside out, and the radius the outermost ring reaches (with the leaves).
 */
export function ringOffsets(
  parent: SizedNode,
  leaves: readonly SizedNode[],
  spacing: { idealEdgeLength: number; nodeSeparation: number },
): { offsets: Map<string, { x: number; y: number }>; radius: number } {
  const offsets = new Map<string, { x: number; y: number }>();
  if (leaves.length === 0) return { offsets, radius: Math.max(parent.width, parent.height) / 2 };
  const room = Math.max(...leaves.map(leafRoom)) + spacing.nodeSeparation / 2;
  const ordered = [...leaves].sort((a, b) => compareIds(a.id, b.id));
  let radius = Math.max(parent.width, parent.height) / 2 + spacing.idealEdgeLength + room / 2;
  let placed = 0;
  let ring = 0;
  while (placed < ordered.length) {
    const capacity = ringCapacity(radius, room);
    const onRing = ordered.slice(placed, placed + capacity);
    // Alternate rings are turned by half a step, so leaves on neighbouring rings do not line up.
    const turn = ring % 2 === 0 ? 0 : Math.PI / onRing.length;
    onRing.forEach((leaf, index) => {
      const angle = turn + (2 * Math.PI * index) / onRing.length;
      offsets.set(leaf.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    placed += onRing.length;
    ring += 1;
    if (placed < ordered.length) radius += room;
  }
  return { offsets, radius: radius + room / 2 };
}
