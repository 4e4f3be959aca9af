import { describe, expect, it } from 'vitest';
import {
  candidates,
  overlappingPlates,
  placeEdgeLabels,
  pointAt,
  type EdgeLabelRequest,
} from './edgeLabels.ts';

const level = (id: string, y: number, text = id): EdgeLabelRequest => ({
  id,
  text,
  w: 40,
  h: 10,
  markerW: 12,
  path: [
    { x: 0, y },
    { x: 200, y },
  ],
});

describe('pointAt', () => {
  it('follows a straight edge and a one-control-point bezier as Cytoscape draws them', () => {
    const straight = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
    ];
    expect(pointAt(straight, 0.25)).toStrictEqual({ x: 25, y: 12.5, dx: 100, dy: 50 });
    const curve = [
      { x: 0, y: 0 },
      { x: 50, y: 40 },
      { x: 100, y: 0 },
    ];
    // A quadratic's middle is halfway between the chord's middle and the control point.
    expect(pointAt(curve, 0.5)).toStrictEqual({ x: 50, y: 20, dx: 100, dy: 0 });
    expect(pointAt(curve, 0)).toMatchObject({ x: 0, y: 0 });
    expect(pointAt(curve, 1)).toMatchObject({ x: 100, y: 0 });
  });
});

describe('candidates', () => {
  it('tries the middle of the edge first, then along it, then beside it', () => {
    const boxes = candidates(level('a', 0).path, 40, 10);
    expect(boxes[0]).toStrictEqual({ x1: 80, y1: -5, x2: 120, y2: 5 });
    expect(boxes[1]).toStrictEqual({ x1: 70, y1: -5, x2: 110, y2: 5 });
    expect(boxes[2]?.x1).toBeCloseTo(90, 9);
    // After the 15 points along the line, the same points just above and below it.
    expect(boxes[15]).toStrictEqual({ x1: 80, y1: -10, x2: 120, y2: 0 });
    expect(boxes[16]).toStrictEqual({ x1: 80, y1: 0, x2: 120, y2: 10 });
    expect(boxes.length).toBe(45);
  });

  it('puts plates left and right of a steep edge', () => {
    const steep = [
      { x: 0, y: 0 },
      { x: 0, y: 200 },
    ];
    const boxes = candidates(steep, 40, 10);
    expect(boxes[15]).toStrictEqual({ x1: -40, y1: 95, x2: 0, y2: 105 });
    expect(boxes[16]).toStrictEqual({ x1: 0, y1: 95, x2: 40, y2: 105 });
  });
});

describe('placeEdgeLabels', () => {
  it('keeps the middle when it is clear', () => {
    expect(placeEdgeLabels([level('a', 0)], [], 2)).toStrictEqual([
      { id: 'a', text: 'a', box: { x1: 80, y1: -5, x2: 120, y2: 5 }, marker: null, clear: true },
    ]);
  });

  it('nudges a label along its edge away from an entity and from another label', () => {
    const entity = { x1: 85, y1: -20, x2: 115, y2: 20 };
    const [placed] = placeEdgeLabels([level('a', 0)], [entity], 2);
    // The nearest point to the middle that leaves 2 of air: 30 % along (t = 0.35 still touches).
    expect(placed?.box).toStrictEqual({ x1: 40, y1: -5, x2: 80, y2: 5 });
    // Two parallel edges 4 apart: the second label moves along or beside, never onto the first.
    const both = placeEdgeLabels([level('a', 0), level('b', 4)], [], 2);
    expect(overlappingPlates(both)).toStrictEqual([]);
    expect(both.map((p) => p.marker)).toStrictEqual([null, null]);
  });

  it('turns a label with no clear spot into a number, one number per text', () => {
    // Short edges between two entities that leave 12 clear in the middle: a number fits, a word not.
    const short = (id: string, text: string, y: number): EdgeLabelRequest => ({
      ...level(id, y, text),
      path: [
        { x: 0, y },
        { x: 30, y },
      ],
    });
    const ends = [0, 100, 200].flatMap((y) => [
      { x1: -50, y1: y - 20, x2: 7, y2: y + 20 },
      { x1: 23, y1: y - 20, x2: 80, y2: y + 20 },
    ]);
    const placed = placeEdgeLabels(
      [short('a', 'about', 0), short('b', 'about', 100), short('c', 'owns', 200)],
      ends,
      2,
    );
    expect(placed.map((p) => [p.id, p.marker, p.clear])).toStrictEqual([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 2, true],
    ]);
    expect(placed[0]?.box).toStrictEqual({ x1: 9, y1: -5, x2: 21, y2: 5 });
  });

  it('says when not even a number found a clear spot', () => {
    const wall = { x1: -100, y1: -100, x2: 300, y2: 100 };
    expect(placeEdgeLabels([level('a', 0)], [wall], 2)).toStrictEqual([
      { id: 'a', text: 'a', box: { x1: 94, y1: -5, x2: 106, y2: 5 }, marker: 1, clear: false },
    ]);
  });
});
