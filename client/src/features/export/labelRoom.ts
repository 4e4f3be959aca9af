/**
 * Room for full labels in an export: moves entities (each with its label
 * box) apart until no two boxes overlap. Only the exported picture changes;
 * the caller puts every entity back afterwards.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Placed {
  id: string;
  /** The entity's shape and label together, where they are now. */
  box: Box;
}

export type Offsets = Map<string, { dx: number; dy: number }>;

interface Moving {
  id: string;
  box: Box;
  dx: number;
  dy: number;
}

const shifted = (m: Moving): Box => ({
  x1: m.box.x1 + m.dx,
  y1: m.box.y1 + m.dy,
  x2: m.box.x2 + m.dx,
  y2: m.box.y2 + m.dy,
});

/** Pairs of boxes closer than `gap` on both axes, found with a sweep along x. */
export function overlappingPairs<T extends { box: Box }>(items: readonly T[], gap = 0): [T, T][] {
  const sorted = [...items].sort((a, b) => a.box.x1 - b.box.x1);
  const pairs: [T, T][] = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j];
      if (!b || b.box.x1 >= a.box.x2 + gap) break;
      if (b.box.y1 < a.box.y2 + gap && a.box.y1 < b.box.y2 + gap) pairs.push([a, b]);
    }
  });
  return pairs;
}

const centre = (box: Box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

/** One round of pushing each overlapping pair apart along the axis that needs the least travel. */
function pushApart(moving: Moving[], gap: number): boolean {
  const current = moving.map((m) => ({ m, box: shifted(m) }));
  const pairs = overlappingPairs(current, gap);
  for (const [a, b] of pairs) {
    const overlapX = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1) + gap;
    const overlapY = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1) + gap;
    const ca = centre(a.box);
    const cb = centre(b.box);
    if (overlapX < overlapY) {
      const sign = ca.x < cb.x || (ca.x === cb.x && a.m.id < b.m.id) ? 1 : -1;
      a.m.dx -= (sign * overlapX) / 2;
      b.m.dx += (sign * overlapX) / 2;
    } else {
      const sign = ca.y < cb.y || (ca.y === cb.y && a.m.id < b.m.id) ? 1 : -1;
      a.m.dy -= (sign * overlapY) / 2;
      b.m.dy += (sign * overlapY) / 2;
    }
  }
  return pairs.length > 0;
}

/**
 * Offsets that leave at least `gap` between any two boxes. Pairwise pushes
 * keep the picture compact; if they have not settled after `rounds`, the
 * layout is spread about its centre until the boxes are apart, which always
 * ends, since boxes keep their size while distances grow.
 */
export function makeRoom(items: readonly Placed[], gap = 6, rounds = 200): Offsets {
  const moving: Moving[] = items.map((item) => ({ id: item.id, box: item.box, dx: 0, dy: 0 }));
  for (let round = 0; round < rounds; round += 1) {
    if (!pushApart(moving, gap)) return offsetsOf(moving);
  }
  // Entities at the very same place would never part by spreading; set them apart by index.
  const centres = moving.map((m, i) => {
    const c = centre(shifted(m));
    return { x: c.x + i * 0.01, y: c.y };
  });
  const mid = {
    x: centres.reduce((s, c) => s + c.x, 0) / Math.max(centres.length, 1),
    y: centres.reduce((s, c) => s + c.y, 0) / Math.max(centres.length, 1),
  };
  for (
    let spread = 1.25;
    overlappingPairs(
      moving.map((m) => ({ box: shifted(m) })),
      gap,
    ).length > 0;
    spread *= 1.25
  ) {
    moving.forEach((m, i) => {
      const c = centres[i] ?? mid;
      const now = centre(shifted(m));
      m.dx += mid.x + (c.x - mid.x) * spread - now.x;
      m.dy += mid.y + (c.y - mid.y) * spread - now.y;
    });
    if (spread > 1e6) break;
  }
  return offsetsOf(moving);
}

function offsetsOf(moving: Moving[]): Offsets {
  return new Map(moving.map((m) => [m.id, { dx: m.dx, dy: m.dy }]));
}
