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

/** How much each spread step widens an unsettled picture. */
const SPREAD_STEP = 1.05;

const centre = (box: Box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

/**
 * One round of pushing each overlapping pair apart along the axis that needs
 * the least travel, a move along x costing `xCost` times one along y. Each
 * pair is measured where earlier pushes of the round left it, so an entity
 * crowded by several others is not pushed once per neighbour from where it
 * started (which overshoots, and spreads a crowded picture far too wide).
 */
function pushApart(moving: Moving[], gap: number, xCost: number): boolean {
  const current = moving.map((m) => ({ m, box: shifted(m) }));
  const pairs = overlappingPairs(current, gap);
  for (const [first, second] of pairs) {
    const a = { m: first.m, box: shifted(first.m) };
    const b = { m: second.m, box: shifted(second.m) };
    const overlapX = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1) + gap;
    const overlapY = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1) + gap;
    if (overlapX <= 0 || overlapY <= 0) continue;
    const ca = centre(a.box);
    const cb = centre(b.box);
    if (overlapX * xCost < overlapY) {
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
 * ends, since boxes keep their size while distances grow. `xCost` above 1
 * makes the pushes prefer the vertical (a picture with room to spare in
 * height), below 1 the horizontal.
 */
export function makeRoom(items: readonly Placed[], gap = 6, rounds = 200, xCost = 1): Offsets {
  const moving: Moving[] = items.map((item) => ({ id: item.id, box: item.box, dx: 0, dy: 0 }));
  for (let round = 0; round < rounds; round += 1) {
    if (!pushApart(moving, gap, xCost)) return offsetsOf(moving);
  }
  // Entities at the very same place would never part by spreading; set them apart by index.
  moving.forEach((m, i) => {
    m.dx += i * 0.01;
  });
  // Not settled: spread the picture a little about its centre, push again, and repeat.
  // Small steps keep it compact; it always ends, since boxes keep their size while
  // distances grow.
  for (let spread = 0; spread < 400; spread += 1) {
    const centres = moving.map((m) => centre(shifted(m)));
    const mid = {
      x: centres.reduce((sum, c) => sum + c.x, 0) / Math.max(centres.length, 1),
      y: centres.reduce((sum, c) => sum + c.y, 0) / Math.max(centres.length, 1),
    };
    moving.forEach((m, i) => {
      const c = centres[i] ?? mid;
      m.dx += (c.x - mid.x) * (SPREAD_STEP - 1);
      m.dy += (c.y - mid.y) * (SPREAD_STEP - 1);
    });
    for (let round = 0; round < rounds / 4; round += 1)
      if (!pushApart(moving, gap, xCost)) return offsetsOf(moving);
  }
  return offsetsOf(moving);
}

function offsetsOf(moving: Moving[]): Offsets {
  return new Map(moving.map((m) => [m.id, { dx: m.dx, dy: m.dy }]));
}
