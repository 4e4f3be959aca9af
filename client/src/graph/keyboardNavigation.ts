/**
 * Pure geometry for walking the canvas with the keyboard, in screen
 * coordinates (y grows downwards). Kept apart from Cytoscape so it is
 * tested on plain points.
 */
export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

export interface Point {
  x: number;
  y: number;
}

export interface Candidate extends Point {
  id: string;
}

const VECTORS: Record<ArrowDirection, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export const ARROW_KEYS: Record<string, ArrowDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The candidate that lies in `direction` from `from`: within 60° either
 * side of the arrow, preferring ones close to the arrow's line over ones
 * merely close by (sideways distance counts twice). Null when none lies
 * that way.
 *
 * @example nearestInDirection({ x: 0, y: 0 }, [{ id: 'a', x: 10, y: 1 }], 'right') // → 'a'
 */
export function nearestInDirection(
  from: Point,
  candidates: readonly Candidate[],
  direction: ArrowDirection,
): string | null {
  const d = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const vx = candidate.x - from.x;
    const vy = candidate.y - from.y;
    const along = vx * d.x + vy * d.y;
    const across = Math.abs(vx * d.y - vy * d.x);
    // tan(60°) ≈ 1.73: wider than a quadrant so that every neighbour is reachable by some arrow.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate.id;
    }
  }
  return best;
}

/**
 * The candidates in clockwise order around `centre`, starting at twelve
 * o'clock: the order in which `]` walks an entity's neighbours. Ties (the
 * same direction) keep their given order.
 */
export function clockwise<T extends Point>(centre: Point, candidates: readonly T[]): T[] {
  const angle = (p: Point) => {
    // 0 at twelve o'clock, growing clockwise on screen.
    const a = Math.atan2(p.x - centre.x, -(p.y - centre.y));
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return candidates
    .map((candidate, index) => ({ candidate, index, angle: angle(candidate) }))
    .sort((a, b) => a.angle - b.angle || a.index - b.index)
    .map(({ candidate }) => candidate);
}

/** The item after (step 1) or before (step -1) `current` in `items`, wrapping; the first or last when `current` is not there. */
export function cycle<T>(items: readonly T[], current: T | undefined, step: 1 | -1): T | undefined {
  if (items.length === 0) return undefined;
  const index = current === undefined ? -1 : items.indexOf(current);
  if (index === -1) return step === 1 ? items[0] : items[items.length - 1];
  return items[(index + step + items.length) % items.length];
}
