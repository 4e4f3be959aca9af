import { describe, expect, it } from 'vitest';
import { clockwise, cycle, nearestInDirection } from './keyboardNavigation.ts';

const origin = { x: 0, y: 0 };
// A plus sign of neighbours around the origin, plus one far off to the upper right.
const plus = [
  { id: 'east', x: 100, y: 10 },
  { id: 'west', x: -80, y: -5 },
  { id: 'north', x: 5, y: -90 },
  { id: 'south', x: -10, y: 120 },
  { id: 'far-north-east', x: 300, y: -250 },
];

describe('nearestInDirection', () => {
  it('picks the neighbour that lies in each arrow direction, on screen (y down)', () => {
    expect(
      (['left', 'right', 'up', 'down'] as const).map((d) => nearestInDirection(origin, plus, d)),
    ).toStrictEqual(['west', 'east', 'north', 'south']);
  });

  it('prefers a neighbour on the arrow line over a nearer one off to the side', () => {
    const candidates = [
      { id: 'diagonal', x: 40, y: 60 },
      { id: 'straight', x: 90, y: 0 },
    ];
    expect(nearestInDirection(origin, candidates, 'right')).toBe('straight');
  });

  it('reaches a neighbour at 50° off the arrow, and says null when nothing lies that way', () => {
    expect(nearestInDirection(origin, [{ id: 'a', x: 60, y: -71 }], 'right')).toBe('a');
    expect(nearestInDirection(origin, [{ id: 'a', x: 60, y: 0 }], 'left')).toBeNull();
    expect(nearestInDirection(origin, [], 'up')).toBeNull();
  });
});

describe('clockwise', () => {
  it('orders neighbours from twelve o’clock round to the right', () => {
    expect(clockwise(origin, plus).map((c) => c.id)).toStrictEqual([
      'north',
      'far-north-east',
      'east',
      'south',
      'west',
    ]);
  });
});

describe('cycle', () => {
  it('steps forwards and backwards with wrap-around, starting at an end', () => {
    const items = ['a', 'b', 'c'];
    expect(cycle(items, 'c', 1)).toBe('a');
    expect(cycle(items, 'a', -1)).toBe('c');
    expect(cycle(items, 'b', 1)).toBe('c');
    expect(cycle(items, undefined, 1)).toBe('a');
    expect(cycle(items, 'z', -1)).toBe('c');
    expect(cycle([], 'a', 1)).toBeUndefined();
  });
});
