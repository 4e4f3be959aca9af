import { describe, expect, it } from 'vitest';
import { separateMovable } from './overlap.ts';

const sized = (id: string, width = 40, height = 20) => ({ id, width, height });

function overlaps(
  nodes: { id: string; width: number; height: number }[],
  centres: Map<string, { x: number; y: number }>,
  gap: number,
): string[] {
  const found: string[] = [];
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) {
      const pa = centres.get(a.id);
      const pb = centres.get(b.id);
      if (!pa || !pb) continue;
      const apart =
        Math.abs(pa.x - pb.x) >= (a.width + b.width) / 2 + gap - 1e-9 ||
        Math.abs(pa.y - pb.y) >= (a.height + b.height) / 2 + gap - 1e-9;
      if (!apart) found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe('separateMovable', () => {
  it('moves new nodes off the ones already there, which keep their place', () => {
    const nodes = [sized('anchor'), sized('old'), sized('new1'), sized('new2'), sized('new3')];
    const centres = new Map([
      ['anchor', { x: 0, y: 0 }],
      ['old', { x: 100, y: 0 }],
      // Dropped by the layout on the anchor, on the old node, and on each other.
      ['new1', { x: 5, y: 3 }],
      ['new2', { x: 98, y: -4 }],
      ['new3', { x: 98, y: -4 }],
    ]);
    const movable = new Set(['new1', 'new2', 'new3']);
    const result = separateMovable(nodes, centres, movable, 8);
    expect(overlaps(nodes, result, 8)).toStrictEqual([]);
    expect(result.get('anchor')).toStrictEqual({ x: 0, y: 0 });
    expect(result.get('old')).toStrictEqual({ x: 100, y: 0 });
    // Each new node stays near where the layout put it: within two boxes' reach.
    for (const id of movable) {
      const before = centres.get(id);
      const after = result.get(id);
      if (!before || !after) throw new Error(`lost ${id}`);
      expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(80);
    }
    // The input is left as it was.
    expect(centres.get('new1')).toStrictEqual({ x: 5, y: 3 });
  });

  it('changes nothing when nothing overlaps or nothing may move', () => {
    const nodes = [sized('a'), sized('b')];
    const apart = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 100 }],
    ]);
    expect(separateMovable(nodes, apart, new Set(['b']), 8)).toStrictEqual(apart);
    const stacked = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 0 }],
    ]);
    expect(separateMovable(nodes, stacked, new Set(), 8)).toStrictEqual(stacked);
  });
});
