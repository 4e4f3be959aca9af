import type {
  DrawnLine,
  PixelBox,
} from '../../../client/src/graph/instrumentation/testHookTypes.ts';
import type { DecodedPng } from './png.ts';

/**
 * Does a relationship's line reach its plate? Checked twice: by geometry,
 * against the line as the export drew it (its render cache, not the
 * geometry the plate was placed from), and in the image's pixels, where the
 * line's colour must show in a ring just around the plate.
 *
 * The pixel part only means something where the line can show: another
 * relationship's line may run along it through the ring and be drawn over
 * it (an entity that lies on another relationship's line, seen once in 150
 * perturbed layouts), and a dashed line's gap may fill a short visible
 * stretch. Such a plate is "covered", and only the geometry speaks for it.
 */
export type RingVerdict = 'reached' | 'unreached' | 'covered' | 'away';

interface Point {
  x: number;
  y: number;
}

/** Points along a drawn line, about `step` px apart, as Cytoscape strokes it. */
export function sampleLine(line: DrawnLine, step = 0.5): Point[] {
  const out: Point[] = [];
  const along = (a: Point, b: Point, c: Point | null) => {
    const length = Math.hypot(b.x - a.x, b.y - a.y) + (c ? Math.hypot(c.x - b.x, c.y - b.y) : 0);
    const n = Math.max(1, Math.ceil(length / step));
    for (let i = out.length === 0 ? 0 : 1; i <= n; i += 1) {
      const t = i / n;
      const u = 1 - t;
      out.push(
        c
          ? {
              x: u * u * a.x + 2 * u * t * b.x + t * t * c.x,
              y: u * u * a.y + 2 * u * t * b.y + t * t * c.y,
            }
          : { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t },
      );
    }
  };
  const [first, ...rest] = line.points;
  if (!first) return out;
  let from = first;
  // A curve goes through quadratic pieces (control, end); a straight line through corners.
  for (let i = 0; i < rest.length; i += line.curved ? 2 : 1) {
    const a = rest[i];
    const b = line.curved ? rest[i + 1] : undefined;
    if (!a) break;
    if (line.curved && !b) break;
    along(from, a, b ?? null);
    from = b ?? a;
  }
  return out;
}

const grow = (box: PixelBox, by: number): PixelBox => ({
  x1: box.x1 - by,
  y1: box.y1 - by,
  x2: box.x2 + by,
  y2: box.y2 + by,
});

const inside = (p: Point, box: PixelBox) =>
  p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t));
}

/** Whether another line, drawn `width` px wide, covers a line of `ownWidth` px at `p` (plus 1 px of antialiasing). */
function coveredAt(
  p: Point,
  ownWidth: number,
  others: readonly { samples: Point[]; width: number }[],
) {
  return others.some(({ samples, width }) => {
    const reach = (ownWidth + width) / 2 + 1;
    for (let i = 1; i < samples.length; i += 1) {
      const a = samples[i - 1];
      const b = samples[i];
      if (a && b && distanceToSegment(p, a, b) <= reach) return true;
    }
    return false;
  });
}

/** Pixels in `box` within `tolerance` (RGB distance) of `colour`; 40 lets antialiased edges count. */
export function colourPixels(
  png: DecodedPng,
  box: PixelBox,
  colour: readonly number[],
  tolerance = 40,
): number {
  let count = 0;
  for (let y = Math.max(0, Math.ceil(box.y1)); y < Math.min(png.height, Math.floor(box.y2)); y += 1)
    for (
      let x = Math.max(0, Math.ceil(box.x1));
      x < Math.min(png.width, Math.floor(box.x2));
      x += 1
    ) {
      const i = (y * png.width + x) * 4;
      const distance = Math.hypot(
        (png.rgba[i] ?? 0) - (colour[0] ?? 0),
        (png.rgba[i + 1] ?? 0) - (colour[1] ?? 0),
        (png.rgba[i + 2] ?? 0) - (colour[2] ?? 0),
      );
      if (distance < tolerance) count += 1;
    }
  return count;
}

export interface RingInput {
  plate: PixelBox;
  line: DrawnLine | null;
  colour: readonly number[];
  /** Every other relationship's line. */
  others: readonly (DrawnLine | null)[];
  /** How far the ring reaches out from the plate, in px. */
  pad: number;
}

/**
 * "away": the drawn line does not come within `pad` of the plate (or was not
 * drawn). "covered": it does, but no stretch of it in the ring long enough
 * to hold a dash (gap + 2 px) is clear of every other line. Otherwise the
 * ring must hold at least one pixel of the line's colour.
 */
export function ringVerdict(png: DecodedPng, input: RingInput): RingVerdict {
  const { plate, line, colour, pad } = input;
  if (!line) return 'away';
  const ring = grow(plate, pad);
  const own = sampleLine(line).filter((p) => inside(p, ring));
  if (own.length === 0) return 'away';
  const nearby = input.others.flatMap((other) => {
    if (!other) return [];
    const samples = sampleLine(other, 2).filter((p) =>
      inside(p, grow(ring, other.width + line.width)),
    );
    return samples.length > 0 ? [{ samples, width: other.width }] : [];
  });
  // The longest run of samples in the ring, outside the plate, that no other line covers.
  let run = 0;
  let longest = 0;
  let last: Point | null = null;
  for (const p of own) {
    const open = !inside(p, plate) && !coveredAt(p, line.width, nearby);
    run = open && last ? run + Math.hypot(p.x - last.x, p.y - last.y) : 0;
    last = open ? p : null;
    longest = Math.max(longest, run);
  }
  if (longest < line.gap + 2) return 'covered';
  return colourPixels(png, ring, colour) > 0 ? 'reached' : 'unreached';
}
