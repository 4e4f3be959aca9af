/**
 * Where an export draws each relationship label: on its own edge, on an
 * opaque plate, clear of every entity (shape and label) and of every other
 * relationship label. Pure, in model units; the caller measures the text
 * and gives the edge's geometry.
 *
 * A label first tries the middle of its edge, then points further along it
 * (nudged), then the same points just beside the line, with the plate's
 * edge on the line. When none is clear, the label becomes a numbered
 * marker (a small plate with a number), placed the same way, and the
 * legend's key gives the number's text: nothing is dropped.
 */
import { overlappingPairs, type Box } from './labelRoom.ts';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeLabelRequest {
  id: string;
  text: string;
  /** The plate's size for the full text, padding included. */
  w: number;
  h: number;
  /** The plate's size for a number marker ("12"), padding included. */
  markerW: number;
  /** Start, control points (a quadratic chain, as Cytoscape draws bezier edges) and end. */
  path: Point[];
}

export interface PlacedEdgeLabel {
  id: string;
  text: string;
  /** The plate, in model units. */
  box: Box;
  /** Set when the label is drawn as this number, its text given in the key. */
  marker: number | null;
  /** False when not even the number found a clear spot and sits on its edge's middle anyway. */
  clear: boolean;
}

/** Fractions along the edge tried in turn: the middle first, then outwards in small steps. */
const ALONG = [0.5, ...[0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35].flatMap((d) => [0.5 - d, 0.5 + d])];

/** A point `t` of the way along a Cytoscape bezier chain (straight when no control point). */
export function pointAt(path: readonly Point[], t: number): Point & { dx: number; dy: number } {
  const first = path[0] ?? { x: 0, y: 0 };
  const last = path.at(-1) ?? first;
  const controls = path.slice(1, -1);
  if (controls.length === 0)
    return {
      x: first.x + (last.x - first.x) * t,
      y: first.y + (last.y - first.y) * t,
      dx: last.x - first.x,
      dy: last.y - first.y,
    };
  // Cytoscape joins several control points with quadratic pieces through their midpoints.
  const pieces = controls.length;
  const k = Math.min(Math.floor(t * pieces), pieces - 1);
  const local = t * pieces - k;
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const c = controls[k] ?? first;
  const p0 = k === 0 ? first : mid(controls[k - 1] ?? first, c);
  const p2 = k === pieces - 1 ? last : mid(c, controls[k + 1] ?? last);
  const u = 1 - local;
  return {
    x: u * u * p0.x + 2 * u * local * c.x + local * local * p2.x,
    y: u * u * p0.y + 2 * u * local * c.y + local * local * p2.y,
    dx: 2 * u * (c.x - p0.x) + 2 * local * (p2.x - c.x),
    dy: 2 * u * (c.y - p0.y) + 2 * local * (p2.y - c.y),
  };
}

/** Plate boxes to try for a plate of w × h on `path`: along the line, then beside it. */
export function candidates(path: readonly Point[], w: number, h: number): Box[] {
  const on: Box[] = [];
  const beside: Box[] = [];
  for (const t of ALONG) {
    const p = pointAt(path, t);
    const box = { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
    on.push(box);
    // Beside a mostly level line: above and below it; beside a steep one: left and right.
    const level = Math.abs(p.dx) >= Math.abs(p.dy);
    const sx = level ? 0 : w / 2;
    const sy = level ? h / 2 : 0;
    beside.push(
      { x1: box.x1 - sx, y1: box.y1 - sy, x2: box.x2 - sx, y2: box.y2 - sy },
      { x1: box.x1 + sx, y1: box.y1 + sy, x2: box.x2 + sx, y2: box.y2 + sy },
    );
  }
  return [...on, ...beside];
}

/** Finer fractions a number marker tries once the label's own spots are taken. */
const FINE_ALONG = Array.from({ length: 22 }, (_, i) => 0.08 + i * 0.04);

/**
 * Spots for a number marker: the label's own candidates, then every finer
 * point along the edge, on the line and just beside it (the plate's edge on
 * the line, so the number still touches its line).
 * A marker is small, so it can use gaps a worded plate cannot.
 */
export function markerCandidates(path: readonly Point[], w: number, h: number): Box[] {
  const more: Box[] = [];
  for (const t of FINE_ALONG) {
    const p = pointAt(path, t);
    const level = Math.abs(p.dx) >= Math.abs(p.dy);
    for (const off of [0, -0.5, 0.5]) {
      const cx = p.x + (level ? 0 : off * w);
      const cy = p.y + (level ? off * h : 0);
      more.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 });
    }
  }
  return [...candidates(path, w, h), ...more];
}

const apart = (a: Box, b: Box, gap: number) =>
  a.x2 + gap <= b.x1 || b.x2 + gap <= a.x1 || a.y2 + gap <= b.y1 || b.y2 + gap <= a.y1;

/**
 * Places every label, in the order given (callers pass the most important
 * first). `obstacles` are the entities' shapes and labels; `gap` is the
 * model-space air kept around each plate.
 */
export function placeEdgeLabels(
  requests: readonly EdgeLabelRequest[],
  obstacles: readonly Box[],
  gap: number,
): PlacedEdgeLabel[] {
  const taken: Box[] = [...obstacles];
  const clear = (box: Box) => taken.every((other) => apart(box, other, gap));
  const placed: PlacedEdgeLabel[] = [];
  const crowded: EdgeLabelRequest[] = [];
  for (const request of requests) {
    const box = candidates(request.path, request.w, request.h).find(clear);
    if (!box) {
      crowded.push(request);
      continue;
    }
    taken.push(box);
    placed.push({ id: request.id, text: request.text, box, marker: null, clear: true });
  }
  // One number per distinct text, so the key lists "about" once however many edges say it.
  const numbers = new Map<string, number>();
  for (const request of crowded) {
    const options = markerCandidates(request.path, request.markerW, request.h);
    const found = options.find(clear);
    // A marker that finds no clear spot still goes on its edge's middle, the best it can do.
    const box = found ?? options[0] ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    taken.push(box);
    const marker = numbers.get(request.text) ?? numbers.size + 1;
    numbers.set(request.text, marker);
    placed.push({ id: request.id, text: request.text, box, marker, clear: found !== undefined });
  }
  return placed;
}

/** Pairs of plates that overlap, by id, for the caller's report. */
export function overlappingPlates(placed: readonly PlacedEdgeLabel[]): [string, string][] {
  return overlappingPairs(placed).map(([a, b]) => [a.id, b.id]);
}
