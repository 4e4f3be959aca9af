import { describe, expect, it } from 'vitest';
import { connectedComponents } from './components.ts';
import { packInRows } from './packing.ts';
import { ringOffsets, splitLeaves } from './leaves.ts';
import { arrangeSmallComponent } from './smallComponents.ts';

describe('connectedComponents', () => {
  it('groups nodes joined by edges, keeps isolated nodes alone and ignores dangling edges', () => {
    const components = connectedComponents(
      ['a', 'b', 'c', 'd', 'e'],
      [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'b' },
        { source: 'd', target: 'gone' },
      ],
    );
    const asIds = components.map((c) => c.nodeIndexes.map((i) => 'abcde'[i]).join(''));
    expect(asIds.sort()).toStrictEqual(['abc', 'd', 'e']);
    const abc = components.find((c) => c.nodeIndexes.includes(0));
    expect(abc?.edgeIndexes).toStrictEqual([0, 1]);
    expect(components.find((c) => c.nodeIndexes.includes(3))?.edgeIndexes).toStrictEqual([]);
  });

  it('stays linear on a long chain (no recursion limit, no quadratic work)', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => String(i));
    const chain = ids.slice(1).map((id, i) => ({ source: String(i), target: id }));
    // No timing bound here (timings belong in `npm run bench`): a recursive search
    // overflows the stack on this chain, and a quadratic one (2·10¹⁰ steps) would
    // not finish within the test timeout, so either fails this test.
    const components = connectedComponents(ids, chain);
    expect(components).toHaveLength(1);
    expect(components[0]?.nodeIndexes).toHaveLength(200_000);
  });
});

describe('packInRows', () => {
  it('places boxes without overlap, the tallest first, in rows about 1.6 times wider than tall', () => {
    const boxes = Array.from({ length: 50 }, (_, i) => ({
      width: 40 + (i % 7) * 10,
      height: 20 + (i % 5) * 15,
    }));
    const places = packInRows(boxes, 10);
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b, pa, pb] = [boxes[i], boxes[j], places[i], places[j]];
        if (!a || !b || !pa || !pb) throw new Error('missing');
        const apart =
          pa.x + a.width <= pb.x ||
          pb.x + b.width <= pa.x ||
          pa.y + a.height <= pb.y ||
          pb.y + b.height <= pa.y;
        expect(apart, `boxes ${String(i)} and ${String(j)} overlap`).toBe(true);
      }
    const width = Math.max(...places.map((p, i) => p.x + (boxes[i]?.width ?? 0)));
    const height = Math.max(...places.map((p, i) => p.y + (boxes[i]?.height ?? 0)));
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3.2);
    expect(places[boxes.findIndex((b) => b.height === 80)]?.y).toBe(0);
  });
});

describe('arrangeSmallComponent', () => {
  it('puts the best-connected node in the middle and keeps the others from touching it or each other', () => {
    const nodes = ['hub', 'x', 'y', 'z'].map((id) => ({ id, width: 120, height: 40 }));
    const degrees = new Map([
      ['hub', 3],
      ['x', 1],
      ['y', 1],
      ['z', 1],
    ]);
    const { positions, box } = arrangeSmallComponent(nodes, degrees, {
      idealEdgeLength: 75,
      nodeSeparation: 70,
    });
    const hub = positions.get('hub');
    const others = ['x', 'y', 'z'].map((id) => positions.get(id));
    if (!hub || others.some((p) => !p)) throw new Error('missing position');
    const centre = { x: box.width / 2, y: box.height / 2 };
    const spread = Math.max(
      ...others.map((p) => Math.hypot((p?.x ?? 0) - hub.x, (p?.y ?? 0) - hub.y)),
    );
    expect(Math.hypot(hub.x - centre.x, hub.y - centre.y)).toBeLessThan(spread);
    for (const p of others)
      expect(Math.hypot((p?.x ?? 0) - hub.x, (p?.y ?? 0) - hub.y)).toBeGreaterThanOrEqual(
        120 + 75 - 1e-6,
      );
    // Every position lies inside the box it reports.
    for (const p of positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(box.width);
    }
  });
});

describe('leaves on rings', () => {
  const sized = (id: string) => ({ id, width: 100, height: 30 });

  it('takes out nodes with one neighbour but keeps one end of an isolated pair', () => {
    const nodes = ['hub', 'core2', 'l1', 'l2', 'l3'].map(sized);
    const edges = [
      { source: 'hub', target: 'core2' },
      { source: 'hub', target: 'l1' },
      { source: 'hub', target: 'l2' },
      { source: 'core2', target: 'l3' },
      { source: 'core2', target: 'hub' },
    ];
    const { leavesOf, coreIds } = splitLeaves(nodes, edges);
    expect([...coreIds].sort()).toStrictEqual(['core2', 'hub']);
    expect(leavesOf.get('hub')?.map((n) => n.id)).toStrictEqual(['l1', 'l2']);
    expect(leavesOf.get('core2')?.map((n) => n.id)).toStrictEqual(['l3']);
    const pair = splitLeaves([sized('a'), sized('b')], [{ source: 'a', target: 'b' }]);
    expect(pair.coreIds.size).toBe(2);
  });

  it('puts 500 leaves on rings where no two boxes overlap, within the radius it reports', () => {
    const leaves = Array.from({ length: 500 }, (_, i) => sized(`leaf${String(i)}`));
    const { offsets, radius } = ringOffsets(sized('hub'), leaves, {
      idealEdgeLength: 75,
      nodeSeparation: 70,
    });
    const points = [...offsets.values()];
    expect(points).toHaveLength(500);
    for (let i = 0; i < points.length; i += 1) {
      const a = points[i];
      if (!a) continue;
      expect(Math.hypot(a.x, a.y)).toBeLessThanOrEqual(radius);
      expect(Math.hypot(a.x, a.y)).toBeGreaterThan(50 + 75);
      for (let j = i + 1; j < points.length; j += 1) {
        const b = points[j];
        if (!b) continue;
        // Boxes 100 × 30: apart on at least one axis.
        expect(
          Math.abs(a.x - b.x) >= 100 || Math.abs(a.y - b.y) >= 30,
          `leaves ${String(i)} and ${String(j)}`,
        ).toBe(true);
      }
    }
  });
});
