/**
 * Room for relationship labels on a preset image. A preset squeezes the
 * entities close together to keep names readable (readableFit.ts); the
 * plates then found no clear spot on their short edges, and placing them
 * spread the whole picture up to 1.8×, shrinking every label with it. So
 * each plate takes room like an entity does: it starts between its ends,
 * labelRoom.ts pushes it and the entities apart, and its edge then bends
 * (an unbundled bezier, set as a bypass that restore removes) to pass
 * through the spot the plate was given, where the plate placer
 * (edgeLabels.ts) looks first.
 */
import type { CollectionReturnValue, EdgeSingular, Position } from 'cytoscape';
import type { Offsets, Placed } from './labelRoom.ts';

/** A plate's size in model units, padding included, or null for an edge with no label. */
export type PlateSize = (edge: EdgeSingular) => { w: number; h: number } | null;

/** Ids of plates among makeRoom's boxes: no entity id starts with a NUL. */
const PLATE_ID = '\u0000plate:';

const BENT = 'curve-style edge-distances control-point-weights control-point-distances';

/** A box for each labelled edge's plate (loops keep their own curve), centred between its ends. */
export function plateBoxes(shown: CollectionReturnValue, size: PlateSize): Placed[] {
  return shown
    .edges()
    .toArray()
    .flatMap((edge) => {
      const plate = edge.isLoop() ? null : size(edge);
      if (!plate) return [];
      const a = edge.source().position();
      const b = edge.target().position();
      const c = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const box = {
        x1: c.x - plate.w / 2,
        y1: c.y - plate.h / 2,
        x2: c.x + plate.w / 2,
        y2: c.y + plate.h / 2,
      };
      return [{ id: `${PLATE_ID}${edge.id()}`, box }];
    });
}

/**
 * The control point, as Cytoscape's weight along the line between the
 * ends' centres and distance from it, that puts a quadratic curve from
 * `from` to `to` through `through` at its middle.
 */
function controlFor(
  s: Position,
  t: Position,
  from: Position,
  to: Position,
  through: Position,
): { weight: number; distance: number } | null {
  const c = { x: 2 * through.x - (from.x + to.x) / 2, y: 2 * through.y - (from.y + to.y) / 2 };
  const v = { x: t.x - s.x, y: t.y - s.y };
  const length = Math.hypot(v.x, v.y);
  if (length < 1) return null;
  const weight = ((c.x - s.x) * v.x + (c.y - s.y) * v.y) / (length * length);
  // Cytoscape measures distances to the right of the source-to-target direction (y down).
  const distance = ((c.x - s.x) * -v.y + (c.y - s.y) * v.x) / length;
  return { weight, distance };
}

/**
 * Bends each edge of a plate that makeRoom moved by `room` through the
 * plate's new centre. Twice: first from the ends' centres, then from the
 * drawn ends (where the curve meets each shape), which move with the bend.
 */
export function bendThroughPlates(
  shown: CollectionReturnValue,
  plates: readonly Placed[],
  room: Offsets,
  refresh: (eles: CollectionReturnValue) => void,
): void {
  const spots = plates.map((plate) => {
    const offset = room.get(plate.id) ?? { dx: 0, dy: 0 };
    return {
      edge: shown.getElementById(plate.id.slice(PLATE_ID.length)),
      at: {
        x: (plate.box.x1 + plate.box.x2) / 2 + offset.dx,
        y: (plate.box.y1 + plate.box.y2) / 2 + offset.dy,
      },
    };
  });
  const bend = (ends: (edge: EdgeSingular) => [Position, Position]) => {
    shown.cy().batch(() => {
      for (const { edge, at } of spots) {
        if (edge.empty()) continue;
        const [from, to] = ends(edge);
        const control = controlFor(
          edge.source().position(),
          edge.target().position(),
          from,
          to,
          at,
        );
        // An end Cytoscape could not compute (NaN) keeps the bend from the centres.
        if (control && Number.isFinite(control.weight) && Number.isFinite(control.distance))
          edge.style({
            'curve-style': 'unbundled-bezier',
            'edge-distances': 'node-position',
            // Cytoscape parses these as lists given in text.
            'control-point-weights': control.weight.toFixed(4),
            'control-point-distances': control.distance.toFixed(2),
          });
      }
    });
  };
  bend((edge) => [edge.source().position(), edge.target().position()]);
  refresh(shown);
  bend((edge) => [edge.sourceEndpoint(), edge.targetEndpoint()]);
  refresh(shown);
  // A control point inside an end's shape leaves Cytoscape no end to draw from (NaN):
  // that edge stays straight, and the plate placer finds its label another spot.
  const broken = shown.edges().filter((edge: EdgeSingular) => {
    const ends = [edge.sourceEndpoint(), edge.targetEndpoint()];
    return ends.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y));
  });
  if (broken.nonempty()) {
    broken.removeStyle(BENT);
    refresh(shown);
  }
}

/** Takes the bends off (the app sets no other bypass on these properties). */
export function unbend(shown: CollectionReturnValue): void {
  shown.edges().removeStyle(BENT);
}
