import type { BoundingBox12, Core, SingularElementArgument } from 'cytoscape';
import type { FramePlan } from './frame.ts';
import type { LegendEntry } from './legend.ts';

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
  const u = plan.unit;
  entries.forEach((entry, i) => {
    const y = legend.y + (i % legend.rows) * legend.row + legend.row / 2;
    const x = legend.x + Math.floor(i / legend.rows) * legend.column;
    context.save();
    if (entry.kind === 'entity') {
      context.fillStyle = entry.color;
      context.beginPath();
      const shape = renderer.nodeShapes[entry.shape] ?? renderer.nodeShapes.ellipse;
      shape?.draw(context, x + legend.swatch / 2, y, legend.swatch, legend.swatch, 'auto', {});
      context.fill();
    } else {
      const end = x + legend.textX - 8 * u;
      context.strokeStyle = entry.color;
      context.fillStyle = entry.color;
      context.lineWidth = 2 * u;
      context.setLineDash(DASHES[entry.lineStyle].map((d) => d * u));
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(end - 6 * u, y);
      context.stroke();
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(end, y);
      context.lineTo(end - 7 * u, y - 4 * u);
      context.lineTo(end - 7 * u, y + 4 * u);
      context.closePath();
      context.fill();
    }
    context.restore();
    context.font = legend.font;
    context.fillStyle = colours.text;
    context.textBaseline = 'alphabetic';
    context.fillText(entry.label, x + legend.textX, y + 4.5 * u);
  });
}

/**
 * Draws one export into `context` (a real canvas or the SVG recorder):
 * background, title block, the graph in two passes (every shape, then every
 * label, so no line crosses a label drawn earlier), legend and source lines.
 */
export function drawFrame(
  context: CanvasRenderingContext2D,
  cy: Core,
  plan: FramePlan,
  box: BoundingBox12,
  legend: readonly LegendEntry[],
  colours: FrameColours,
): void {
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
  const edgesFirst = [...elements.filter((e) => e.isEdge()), ...elements.filter((e) => e.isNode())];
  for (const ele of edgesFirst) renderer.drawElementText(context, ele);
  context.restore();
  drawLegend(context, renderer, plan, legend, colours);
}
