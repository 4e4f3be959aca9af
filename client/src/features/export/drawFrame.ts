import type { BoundingBox12, Core, SingularElementArgument } from 'cytoscape';
import type { FramePlan } from './frame.ts';
import type { LegendEntry } from './legend.ts';
import { LEGEND_SIZES } from './legendLayout.ts';
import { drawRelationshipLabels, type RelationshipLabel } from './relationshipLabels.ts';

/**
 * The canvas renderer's own drawing entry points. They are internal
 * (cy.png uses them for `full: true` images); only these are touched, and
 * only during an export.
 */
export interface RendererInternals {
  path2dEnabled(on?: boolean): boolean | undefined;
  getCachedZSortedEles(forceRecalc?: boolean): ArrayLike<SingularElementArgument>;
  drawElement(
    context: CanvasRenderingContext2D,
    ele: SingularElementArgument,
    shiftToOriginWithBb: undefined,
    showLabel: boolean,
    showOverlay: boolean,
    showOpacity: boolean,
  ): void;
  drawElementText(context: CanvasRenderingContext2D, ele: SingularElementArgument): void;
  nodeShapes: Record<
    string,
    | {
        draw(
          context: CanvasRenderingContext2D,
          x: number,
          y: number,
          w: number,
          h: number,
          radius: 'auto',
          rs: object,
        ): void;
      }
    | undefined
  >;
}

export const rendererOf = (cy: Core): RendererInternals =>
  (cy as unknown as { renderer(): RendererInternals }).renderer();

export interface FrameColours {
  background: string | null;
  text: string;
  muted: string;
}

const DASHES = { solid: [], dashed: [6, 3], dotted: [2, 2] } as const;

function drawLegend(
  context: CanvasRenderingContext2D,
  renderer: RendererInternals,
  plan: FramePlan,
  entries: readonly LegendEntry[],
  colours: FrameColours,
): void {
  const legend = plan.legend;
  if (!legend) return;
  // The legend's own unit: a preset may have shrunk it to stay within its share of the image.
  const u = legend.swatch / LEGEND_SIZES.swatch;
  entries.forEach((entry, i) => {
    const item = legend.items[i];
    if (!item) return;
    const { x, y } = item;
    context.save();
    if (entry.kind === 'entity') {
      context.fillStyle = entry.color;
      context.beginPath();
      const shape = renderer.nodeShapes[entry.shape] ?? renderer.nodeShapes.ellipse;
      shape?.draw(context, x + legend.swatch / 2, y, legend.swatch, legend.swatch, 'auto', {});
      context.fill();
    } else if (entry.kind === 'marker') {
      // The number as the graph shows it, in a thin frame so it reads as a marker.
      const side = legend.swatch * 1.4;
      context.strokeStyle = colours.text;
      context.lineWidth = u;
      context.strokeRect(x, y - side / 2, side, side);
      context.fillStyle = colours.text;
      context.font = legend.font;
      context.textAlign = 'center';
      context.textBaseline = 'alphabetic';
      context.fillText(String(entry.marker), x + side / 2, y + legend.swatch * 0.4);
      context.textAlign = 'start';
    } else {
      const end = x + legend.textX - 4 * u;
      context.strokeStyle = entry.color;
      context.fillStyle = entry.color;
      context.lineWidth = 2 * u;
      context.setLineDash(DASHES[entry.lineStyle].map((d) => d * u));
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(end - 4 * u, y);
      context.stroke();
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(end, y);
      context.lineTo(end - 5 * u, y - 3 * u);
      context.lineTo(end - 5 * u, y + 3 * u);
      context.closePath();
      context.fill();
    }
    context.restore();
    context.font = legend.font;
    context.fillStyle = colours.text;
    context.textBaseline = 'alphabetic';
    context.fillText(entry.label, x + legend.textX, y + legend.swatch * 0.4);
  });
}

export interface FrameContent {
  plan: FramePlan;
  /** The drawn graph's bounds in model units. */
  box: BoundingBox12;
  legend: readonly LegendEntry[];
  edgeLabels: readonly RelationshipLabel[];
  colours: FrameColours;
}

/**
 * Draws one export into `context` (a real canvas or the SVG recorder):
 * background, title block, the graph in three passes (every shape and line,
 * then every relationship label on its plate, then every entity label, so
 * no line crosses a plate and no plate covers a name), legend and source lines.
 */
export function drawFrame(
  context: CanvasRenderingContext2D,
  cy: Core,
  content: FrameContent,
): void {
  const { plan, box, colours } = content;
  if (colours.background) {
    context.fillStyle = colours.background;
    context.fillRect(0, 0, plan.width, plan.height);
  }
  for (const line of plan.lines) {
    context.font = line.font;
    context.fillStyle = line.role === 'source' ? colours.muted : colours.text;
    context.textBaseline = 'alphabetic';
    context.fillText(line.text, line.x, line.y + line.size);
  }
  const renderer = rendererOf(cy);
  const elements = Array.from(renderer.getCachedZSortedEles(true)).filter((ele) => ele.visible());
  context.save();
  context.translate(
    plan.graph.x - box.x1 * plan.graph.scale,
    plan.graph.y - box.y1 * plan.graph.scale,
  );
  context.scale(plan.graph.scale, plan.graph.scale);
  for (const ele of elements) renderer.drawElement(context, ele, undefined, false, false, true);
  drawRelationshipLabels(context, content.edgeLabels);
  for (const ele of elements) if (ele.isNode()) renderer.drawElementText(context, ele);
  context.restore();
  drawLegend(context, renderer, plan, content.legend, colours);
}
