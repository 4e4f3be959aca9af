import type { Box } from './packing.ts';
import { compareIds } from './compareIds.ts';

/**
 * A component too small to be worth a force simulation (a pair, a little
 * star) is drawn directly: its best-connected node in the middle and the
 * others on a circle around it, far enough apart that their boxes and
 * labels do not touch. fcose costs a few milliseconds per call, which for
 * the thousands of pairs a broad query returns would be seconds.
 */
export const SMALL_COMPONENT_NODES = 8;

export interface SizedNode {
  id: string;
  width: number;
  height: number;
  /** How far the middle of the box (label included) lies below the node's centre: labels hang below. */
  dy?: number;
}

export interface Arranged {
  /** Node centres, relative to the box's top-left corner. */
  positions: Map<string, { x: number; y: number }>;
  box: Box;
}

/** Centres of `nodes` (one component) relative to their own bounding box, and that box. */
export function boxAround(
  centres: Map<string, { x: number; y: number }>,
  nodes: readonly SizedNode[],
): Arranged {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of nodes) {
    const centre = centres.get(node.id);
    if (!centre) continue;
    x1 = Math.min(x1, centre.x - node.width / 2);
    y1 = Math.min(y1, centre.y - node.height / 2);
    x2 = Math.max(x2, centre.x + node.width / 2);
    y2 = Math.max(y2, centre.y + node.height / 2);
  }
  if (x1 === Infinity) return { positions: new Map(), box: { width: 0, height: 0 } };
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, centre] of centres) positions.set(id, { x: centre.x - x1, y: centre.y - y1 });
  return { positions, box: { width: x2 - x1, height: y2 - y1 } };
}

/**
 * `nodes` of one small component, with their degrees inside it: the node of
 * highest degree in the middle, the rest evenly on a circle.
 */
export function arrangeSmallComponent(
  nodes: readonly SizedNode[],
  degrees: ReadonlyMap<string, number>,
  spacing: { idealEdgeLength: number; nodeSeparation: number },
): Arranged {
  const centres = new Map<string, { x: number; y: number }>();
  const [middle, ...ring] = [...nodes].sort(
    (a, b) => (degrees.get(b.id) ?? 0) - (degrees.get(a.id) ?? 0) || compareIds(a.id, b.id),
  );
  if (!middle) return { positions: centres, box: { width: 0, height: 0 } };
  centres.set(middle.id, { x: 0, y: 0 });
  if (ring.length > 0) {
    const reach = (node: SizedNode): number => Math.max(node.width, node.height) / 2;
    // The circle must hold every node's box side by side, and keep the edge at its ideal length.
    const circumference = ring.reduce(
      (sum, node) => sum + 2 * reach(node) + spacing.nodeSeparation,
      0,
    );
    const radius = Math.max(
      reach(middle) + spacing.idealEdgeLength + Math.max(...ring.map(reach)),
      circumference / (2 * Math.PI),
    );
    ring.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / ring.length;
      centres.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return boxAround(centres, nodes);
}
