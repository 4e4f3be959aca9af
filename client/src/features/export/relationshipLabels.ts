import type { CollectionReturnValue, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { placeEdgeLabels, type EdgeLabelRequest, type PlacedEdgeLabel } from './edgeLabels.ts';
import { refreshGeometry } from './freshGeometry.ts';
import type { Box } from './labelRoom.ts';

/** A placed relationship label with what it is drawn with. */
export interface RelationshipLabel extends PlacedEdgeLabel {
  font: string;
  size: number;
  colour: string;
  plate: string;
  lineColour: string;
}

/** Model-space air kept around each plate: plates never touch each other or an entity. */
const PLATE_GAP = 2;

const bodyAndLabel = {
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
  includeEdges: false,
};

/** The plate of an edge's full label, padding included, in model units (its style as drawn now). */
export function plateOf(
  edge: EdgeSingular,
  measure: (text: string, font: string) => number,
): { w: number; h: number } {
  const size = parseFloat(String(edge.style('font-size'))) || 10;
  const font = `${String(edge.style('font-weight'))} ${String(size)}px ${String(edge.style('font-family'))}`;
  const pad = parseFloat(String(edge.style('text-background-padding'))) || 2;
  return { w: measure(String(edge.style('label')), font) + 2 * pad, h: size * 1.2 + 2 * pad };
}

/** What placement needs, read from Cytoscape once, before any spreading. */
interface Geometry {
  entities: { id: string; at: Position; box: Box }[];
  edges: { request: EdgeLabelRequest; source: string; target: string }[];
  drawing: Map<string, Omit<RelationshipLabel, keyof PlacedEdgeLabel>>;
  /** The entities' centre, which spreading keeps in place. */
  mid: Position;
}

/**
 * Reads every shown relationship label (claims first, since their stance is
 * the story, then narrated facts) with its edge's shape, and every entity's
 * shape and label box, once: after that, placement at any spread is pure
 * arithmetic and does not depend on when Cytoscape refreshes its caches.
 */
function readGeometry(
  shown: CollectionReturnValue,
  measure: (text: string, font: string) => number,
): Geometry {
  // Entities may have moved apart since prepareScope: edge ends and label boxes are read afresh.
  refreshGeometry(shown);
  const entities = shown.nodes().map((node: NodeSingular) => ({
    id: node.id(),
    at: { ...node.position() },
    box: node.boundingBox(bodyAndLabel),
  }));
  const drawing = new Map<string, Omit<RelationshipLabel, keyof PlacedEdgeLabel>>();
  const edges = shown
    .edges()
    .toArray()
    .filter((edge) => String(edge.style('label')) !== '')
    .sort((a, b) => {
      const claim = (e: EdgeSingular) => (e.data('attribution') === 'attributed' ? 0 : 1);
      return claim(a) - claim(b) || (a.id() < b.id() ? -1 : 1);
    })
    .map((edge) => {
      const size = parseFloat(String(edge.style('font-size'))) || 10;
      const font = `${String(edge.style('font-weight'))} ${String(size)}px ${String(edge.style('font-family'))}`;
      const pad = parseFloat(String(edge.style('text-background-padding'))) || 2;
      const text = String(edge.style('label'));
      drawing.set(edge.id(), {
        font,
        size,
        colour: String(edge.style('color')),
        plate: String(edge.style('text-background-color')),
        lineColour: String(edge.style('line-color')),
      });
      // Cytoscape's types promise points, but a straight edge has none (undefined).
      const points = edge.controlPoints() as Position[] | undefined;
      const controls = edge.isLoop() ? [] : (points ?? []);
      const plate = plateOf(edge, measure);
      const request: EdgeLabelRequest = {
        id: edge.id(),
        text,
        w: plate.w,
        h: plate.h,
        markerW: measure('00', font) + 2 * pad,
        path: [edge.sourceEndpoint(), ...controls, edge.targetEndpoint()],
      };
      return { request, source: edge.source().id(), target: edge.target().id() };
    });
  const mid = {
    x: entities.reduce((sum, e) => sum + e.at.x, 0) / Math.max(entities.length, 1),
    y: entities.reduce((sum, e) => sum + e.at.y, 0) / Math.max(entities.length, 1),
  };
  return { entities, edges, drawing, mid };
}

/**
 * Labels placed with every entity moved by `shift` (by id) from where the
 * geometry was read: boxes and edge ends move with their entity, and a
 * curve's control points move with the middle of its ends, as Cytoscape
 * keeps parallel edges a fixed step apart.
 */
function placeShifted(
  geometry: Geometry,
  shift: ReadonlyMap<string, Position>,
): RelationshipLabel[] {
  const move = (p: Position, d: Position | undefined): Position => ({
    x: p.x + (d?.x ?? 0),
    y: p.y + (d?.y ?? 0),
  });
  const obstacles: Box[] = geometry.entities.map(({ id, box }) => {
    const d = shift.get(id) ?? { x: 0, y: 0 };
    return { x1: box.x1 + d.x, y1: box.y1 + d.y, x2: box.x2 + d.x, y2: box.y2 + d.y };
  });
  const requests = geometry.edges.map(({ request, source, target }) => {
    const from = shift.get(source);
    const to = shift.get(target);
    const middle = {
      x: ((from?.x ?? 0) + (to?.x ?? 0)) / 2,
      y: ((from?.y ?? 0) + (to?.y ?? 0)) / 2,
    };
    const [first, ...rest] = request.path;
    const last = rest.pop();
    if (!first || !last) return request;
    return {
      ...request,
      path: [move(first, from), ...rest.map((p) => move(p, middle)), move(last, to)],
    };
  });
  return placeEdgeLabels(requests, obstacles, PLATE_GAP).map((placed) => {
    const style = geometry.drawing.get(placed.id);
    if (!style) throw new Error(`No style was read for relationship ${placed.id}.`);
    return { ...placed, ...style };
  });
}

/** The shift of every entity moved `spread` times as far from `mid` as `at` puts it. */
function spreadShift(
  entities: readonly { id: string; at: Position }[],
  at: ReadonlyMap<string, Position>,
  mid: Position,
  spread: number,
): Map<string, Position> {
  return new Map(
    entities.map((e) => {
      const p = at.get(e.id) ?? e.at;
      return [
        e.id,
        {
          x: mid.x + (p.x - mid.x) * spread - e.at.x,
          y: mid.y + (p.y - mid.y) * spread - e.at.y,
        },
      ];
    }),
  );
}

/** How many placed labels found no clear spot, even as a number. */
const unclear = (labels: readonly RelationshipLabel[]): number =>
  labels.filter((l) => !l.clear).length;

/**
 * The spread (1, step, step², …) at which the fewest labels are unclear,
 * the first such, with the labels placed there; `shiftAt` gives each
 * entity's shift at a spread.
 */
function bestSpread(
  geometry: Geometry,
  shiftAt: (spread: number) => ReadonlyMap<string, Position>,
  spread: { step: number; steps: number },
): { spread: number; labels: RelationshipLabel[] } {
  let best = { spread: 1, labels: placeShifted(geometry, shiftAt(1)) };
  for (let step = 1; step <= spread.steps && unclear(best.labels) > 0; step += 1) {
    const factor = spread.step ** step;
    const labels = placeShifted(geometry, shiftAt(factor));
    if (unclear(labels) < unclear(best.labels)) best = { spread: factor, labels };
  }
  return best;
}

/** Plates first, then text, all after every line: no line crosses a plate. */
export function drawRelationshipLabels(
  context: CanvasRenderingContext2D,
  labels: readonly RelationshipLabel[],
): void {
  for (const label of labels) {
    const { x1, y1, x2, y2 } = label.box;
    context.fillStyle = label.plate;
    context.fillRect(x1, y1, x2 - x1, y2 - y1);
    context.font = label.font;
    context.fillStyle = label.colour;
    context.textAlign = 'center';
    context.textBaseline = 'alphabetic';
    const text = label.marker === null ? label.text : String(label.marker);
    context.fillText(text, (x1 + x2) / 2, (y1 + y2) / 2 + label.size * 0.35);
  }
  context.textAlign = 'start';
}

/** How much an export may spread the entities to find room for relationship labels. */
const SPREAD_STEP = 1.15;
const SPREAD_STEPS = 4;

/**
 * placeRelationshipLabels, and while some label (even as a number) found no
 * clear spot, the entities spread a little more about their centre (up to
 * SPREAD_STEP⁴, which only lengthens edges and keeps entity labels apart)
 * and placed again. Spreading shrinks the whole picture, so it stops at the
 * first try where every plate is clear; numbers with a key are preferred to
 * smaller text. The caller's restore puts the entities back.
 */
export function placeWithRoom(
  shown: CollectionReturnValue,
  measure: (text: string, font: string) => number,
  spread: { step: number; steps: number } = { step: SPREAD_STEP, steps: SPREAD_STEPS },
): RelationshipLabel[] {
  const geometry = readGeometry(shown, measure);
  const at = new Map(geometry.entities.map((e) => [e.id, e.at]));
  const best = bestSpread(
    geometry,
    (factor) => spreadShift(geometry.entities, at, geometry.mid, factor),
    spread,
  );
  if (best.spread !== 1) {
    const { mid } = geometry;
    shown.cy().batch(() => {
      for (const { id, at } of geometry.entities)
        shown.getElementById(id).position({
          x: mid.x + (at.x - mid.x) * best.spread,
          y: mid.y + (at.y - mid.y) * best.spread,
        });
    });
    // The frame's bounds and the drawn lines are read next: from the spread positions.
    refreshGeometry(shown);
  }
  return best.labels;
}
