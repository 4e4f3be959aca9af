import { describe, expect, it } from 'vitest';
import { makeRoom, overlappingPairs, type Placed } from './labelRoom.ts';

const box = (x: number, y: number, w = 100, h = 40) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

function moved(items: Placed[], gap: number) {
  const offsets = makeRoom(items, gap);
  return items.map((item) => {
    const { dx, dy } = offsets.get(item.id) ?? { dx: 0, dy: 0 };
    return {
      id: item.id,
      box: {
        x1: item.box.x1 + dx,
        y1: item.box.y1 + dy,
        x2: item.box.x2 + dx,
        y2: item.box.y2 + dy,
      },
    };
  });
}

describe('makeRoom', () => {
  it('leaves boxes that are already apart where they are', () => {
    const items = [
      { id: 'a', box: box(0, 0) },
      { id: 'b', box: box(200, 0) },
    ];
    expect([...makeRoom(items, 6).values()]).toStrictEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('pushes overlapping boxes apart by at least the gap', () => {
    const items = [
      { id: 'a', box: box(0, 0) },
      { id: 'b', box: box(50, 10) },
      { id: 'c', box: box(20, 30, 180, 90) },
    ];
    expect(overlappingPairs(items).length).toBe(3);
    expect(overlappingPairs(moved(items, 6), 5.99)).toStrictEqual([]);
  });

  it('parts entities stacked on one spot, even a crowd of them', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ id: `n${String(i)}`, box: box(0, 0) }));
    expect(overlappingPairs(moved(items, 4))).toStrictEqual([]);
  });
});

describe('overlappingPairs', () => {
  it('finds boxes that overlap on both axes, and only those', () => {
    const items = [
      { id: 'a', box: box(0, 0) },
      { id: 'b', box: box(90, 30) },
      { id: 'c', box: box(0, 100) },
      { id: 'd', box: box(200, 0) },
    ];
    expect(overlappingPairs(items).map(([p, q]) => [p.id, q.id])).toStrictEqual([['a', 'b']]);
  });
});
