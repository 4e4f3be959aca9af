import { describe, expect, it } from 'vitest';
import type {
  DrawnLine,
  PixelBox,
} from '../../../client/src/graph/instrumentation/testHookTypes.ts';
import { ringVerdict, sampleLine } from './plateRing.ts';
import type { DecodedPng } from './png.ts';

// The plate-ring check of export-publish.test.ts on hand-drawn images: it must
// fail for a plate away from its line, and not for a line another line covers.

const BLUE = [47, 111, 191];
const GREY = [122, 133, 145];
const WHITE = [255, 255, 255];

function blank(width: number, height: number): DecodedPng {
  return { width, height, rgba: new Uint8Array(width * height * 4).fill(255) };
}

function paint(png: DecodedPng, inside: (x: number, y: number) => boolean, colour: number[]) {
  for (let y = 0; y < png.height; y += 1)
    for (let x = 0; x < png.width; x += 1)
      if (inside(x + 0.5, y + 0.5)) png.rgba.set([...colour, 255], (y * png.width + x) * 4);
}

/** A straight line of `width` px from a to b, as the report gives it and as drawn. */
function line(a: [number, number], b: [number, number], width = 4, gap = 0): DrawnLine {
  return {
    points: [
      { x: a[0], y: a[1] },
      { x: b[0], y: b[1] },
    ],
    curved: false,
    width,
    gap,
  };
}

function stroke(png: DecodedPng, drawn: DrawnLine, colour: number[]) {
  const [a, b] = drawn.points;
  if (!a || !b) throw new Error('two points');
  paint(
    png,
    (x, y) => {
      const t =
        ((x - a.x) * (b.x - a.x) + (y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2);
      const u = Math.max(0, Math.min(1, t));
      return (
        Math.hypot(x - (a.x + (b.x - a.x) * u), y - (a.y + (b.y - a.y) * u)) <= drawn.width / 2
      );
    },
    colour,
  );
}

function plate(png: DecodedPng, box: PixelBox) {
  paint(png, (x, y) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2, WHITE);
}

const ON_LINE: PixelBox = { x1: 85, y1: 52, x2: 115, y2: 68 };
const level = line([0, 60], [200, 60]);

describe('ringVerdict', () => {
  it('finds the line around a plate drawn on it', () => {
    const png = blank(200, 120);
    stroke(png, level, BLUE);
    plate(png, ON_LINE);
    expect(
      ringVerdict(png, { plate: ON_LINE, line: level, colour: BLUE, others: [], pad: 12 }),
    ).toBe('reached');
  });

  it('fails a plate drawn away from its line, by geometry and by pixels', () => {
    const png = blank(200, 120);
    stroke(png, level, BLUE);
    const above: PixelBox = { x1: 85, y1: 10, x2: 115, y2: 26 };
    plate(png, above);
    expect(ringVerdict(png, { plate: above, line: level, colour: BLUE, others: [], pad: 12 })).toBe(
      'away',
    );
    // A plate the report puts on a line the image does not show there: the pixels say so.
    const elsewhere = blank(200, 120);
    stroke(elsewhere, line([0, 105], [200, 105]), BLUE);
    plate(elsewhere, ON_LINE);
    expect(
      ringVerdict(elsewhere, { plate: ON_LINE, line: level, colour: BLUE, others: [], pad: 12 }),
    ).toBe('unreached');
    // An edge Cytoscape did not draw at all.
    expect(
      ringVerdict(png, { plate: ON_LINE, line: null, colour: BLUE, others: [], pad: 12 }),
    ).toBe('away');
  });

  it('does not blame a plate whose line another line is drawn over, and still checks one that only crosses', () => {
    const png = blank(200, 120);
    stroke(png, level, BLUE);
    const over = line([0, 61], [200, 59]);
    stroke(png, over, GREY);
    plate(png, ON_LINE);
    expect(
      ringVerdict(png, { plate: ON_LINE, line: level, colour: BLUE, others: [over], pad: 12 }),
    ).toBe('covered');
    // Without knowing the other line, the old check saw no blue: its false alarm.
    expect(
      ringVerdict(png, { plate: ON_LINE, line: level, colour: BLUE, others: [], pad: 12 }),
    ).toBe('unreached');
    const crossing = blank(200, 120);
    stroke(crossing, level, BLUE);
    const across = line([80, 0], [120, 120]);
    stroke(crossing, across, GREY);
    plate(crossing, ON_LINE);
    expect(
      ringVerdict(crossing, {
        plate: ON_LINE,
        line: level,
        colour: BLUE,
        others: [across],
        pad: 12,
      }),
    ).toBe('reached');
  });

  it('samples a curve through its control point as Cytoscape strokes it', () => {
    const curve: DrawnLine = {
      points: [
        { x: 0, y: 0 },
        { x: 50, y: 100 },
        { x: 100, y: 0 },
      ],
      curved: true,
      width: 2,
      gap: 0,
    };
    const samples = sampleLine(curve, 1);
    expect(samples[0]).toStrictEqual({ x: 0, y: 0 });
    expect(samples.at(-1)).toStrictEqual({ x: 100, y: 0 });
    // A quadratic's middle is halfway between the chord's middle and the control point.
    const middle = samples.reduce((best, p) => (p.y > best.y ? p : best));
    expect([Math.round(middle.x), Math.round(middle.y)]).toStrictEqual([50, 50]);
  });
});
