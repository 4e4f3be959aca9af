import type { CollectionReturnValue, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { placeEdgeLabels, type EdgeLabelRequest, type PlacedEdgeLabel } from './edgeLabels.ts';
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

/**
 * Places the label of every shown relationship that has one (see
 * edgeLabels.ts): claims first, since their stance is the story, then
 * narrated facts. The canvas draws none of these itself during an export;
 * drawRelationshipLabels draws them above every line.
 */
export function placeRelationshipLabels(
  shown: CollectionReturnValue,
  measure: (text: string, font: string) => number,
): RelationshipLabel[] {
  const obstacles: Box[] = shown
    .nodes()
    .map((node: NodeSingular) => node.boundingBox(bodyAndLabel));
  const edges = shown
    .edges()
    .toArray()
    .filter((edge) => String(edge.style('label')) !== '')
    .sort((a, b) => {
      const claim = (e: EdgeSingular) => (e.data('attribution') === 'attributed' ? 0 : 1);
      return claim(a) - claim(b) || (a.id() < b.id() ? -1 : 1);
    });
  const drawing = new Map<string, Omit<RelationshipLabel, keyof PlacedEdgeLabel>>();
  const requests: EdgeLabelRequest[] = edges.map((edge) => {
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
    return {
      id: edge.id(),
      text,
      w: measure(text, font) + 2 * pad,
      h: size * 1.2 + 2 * pad,
      markerW: measure('00', font) + 2 * pad,
      path: [edge.sourceEndpoint(), ...controls, edge.targetEndpoint()],
    };
  });
  return placeEdgeLabels(requests, obstacles, PLATE_GAP).map((placed) => {
    const style = drawing.get(placed.id);
    if (!style) throw new Error(`No style was read for relationship ${placed.id}.`);
    return { ...placed, ...style };
  });
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
): RelationshipLabel[] {
  const nodes = shown.nodes();
  const at = nodes.map((node: NodeSingular) => ({ node, ...node.position() }));
  const mid = {
    x: at.reduce((sum, p) => sum + p.x, 0) / Math.max(at.length, 1),
    y: at.reduce((sum, p) => sum + p.y, 0) / Math.max(at.length, 1),
  };
  const unclear = (labels: RelationshipLabel[]) => labels.filter((l) => !l.clear).length;
  let best = { spread: 1, labels: placeRelationshipLabels(shown, measure) };
  for (let step = 1; step <= SPREAD_STEPS && unclear(best.labels) > 0; step += 1) {
    const spread = SPREAD_STEP ** step;
    shown.cy().batch(() => {
      for (const p of at)
        p.node.position({ x: mid.x + (p.x - mid.x) * spread, y: mid.y + (p.y - mid.y) * spread });
    });
    const labels = placeRelationshipLabels(shown, measure);
    if (unclear(labels) < unclear(best.labels)) best = { spread, labels };
  }
  shown.cy().batch(() => {
    for (const p of at)
      p.node.position({
        x: mid.x + (p.x - mid.x) * best.spread,
        y: mid.y + (p.y - mid.y) * best.spread,
      });
  });
  return best.labels;
}
