import type { SizedNode } from './smallComponents.ts';

type Centres = Map<string, { x: number; y: number }>;

/** Above this many box comparisons per pass, overlap removal is skipped: fcose's spacing has to do. */
const MAX_PAIRS_PER_PASS = 2_000_000;
const MAX_PASSES = 40;

/**
 * Moves the `movable` nodes (the ones an expansion just added) until no
 * node box, labels included, overlaps another with less than `gap`
 * between them. Others stay put unless two movable nodes meet (then each
 * goes half way). Each overlap is undone along the axis where it is
 * smaller, away from the other node's centre: new nodes end up next to
 * where the layout put them, around their anchor, not on top of anything.
 * Returns new centres; `centres` is not changed.
 *
 * @example separateMovable(nodes, centres, new Set(['added']), 10)
 */
export function separateMovable(
  nodes: readonly SizedNode[],
  centres: Centres,
  movable: ReadonlySet<string>,
  gap: number,
): Centres {
  const result: Centres = new Map([...centres].map(([id, c]) => [id, { ...c }]));
  const placed = nodes.filter((node) => result.has(node.id));
  const moving = placed.filter((node) => movable.has(node.id));
  if (moving.length === 0 || moving.length * placed.length > MAX_PAIRS_PER_PASS) return result;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let moved = false;
    for (const a of moving) {
      for (const b of placed) {
        if (a.id === b.id) continue;
        const pa = result.get(a.id);
        const pb = result.get(b.id);
        if (!pa || !pb) continue;
        const dx = pa.x - pb.x;
        const dy = pa.y + (a.dy ?? 0) - (pb.y + (b.dy ?? 0));
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        const share = movable.has(b.id) ? 0.5 : 1;
        // Same centre: a fixed direction per pair keeps the result deterministic.
        if (overlapX < overlapY) {
          const sign = dx === 0 ? (a.id < b.id ? 1 : -1) : Math.sign(dx);
          pa.x += sign * overlapX * share;
          if (share < 1) pb.x -= sign * overlapX * share;
        } else {
          const sign = dy === 0 ? (a.id < b.id ? 1 : -1) : Math.sign(dy);
          pa.y += sign * overlapY * share;
          if (share < 1) pb.y -= sign * overlapY * share;
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return result;
}
