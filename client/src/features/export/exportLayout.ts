/**
 * One export laid out and drawn: scope, full labels with room made for
 * them, relationship labels on plates, the frame, and (for a preset) the
 * squeeze that makes every label readable at the preset's size. PNG, SVG
 * and the preview all draw through `render`.
 */
import type { BoundingBox12, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ExportReport, PixelBox } from '../../graph/instrumentation/testHookTypes.ts';
import { drawFrame, type FrameColours } from './drawFrame.ts';
import { prepareScope, type PreparedScope, type ScopeOptions } from './exportScope.ts';
import { planFrame, type FramePlan, type FrameSize } from './frame.ts';
import { legendEntries, type LegendEntry } from './legend.ts';
import { LEGEND_SIZES } from './legendLayout.ts';
import type { FitTrial, ReadableChoice, ReadableResult } from './readableFit.ts';
import { placeWithRoom, plateOf, type RelationshipLabel } from './relationshipLabels.ts';
import { measureText } from './measureText.ts';
import { drawnLine } from './drawnLine.ts';

export interface AnnotationOptions {
  title: string;
  /** A line under the title; empty for none. */
  subtitle?: string;
  legend: boolean;
  source: string;
  /** e.g. "Graphic: Jane Doe / Newsgraph"; empty for none. */
  credit?: string;
}

export interface ImageExportOptions extends Partial<ScopeOptions> {
  scope: ScopeOptions['scope'];
  annotations: AnnotationOptions;
  /** null = transparent */
  background: string | null;
  /** A fixed preset size, or the graph's own size at a scale (1 when absent). */
  size?: FrameSize;
  /** Leave an ExportReport for the test hook (default); previews do not. */
  record?: boolean;
  /**
   * The size a preset's readable search is run at when `size` is a smaller
   * copy of it (the preview): the preview then draws what the export will.
   */
  searchSize?: FrameSize;
}

const measure = measureText;

/** "rgb(122,133,145)", as Cytoscape gives a colour style, as numbers. */
function rgb(value: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (value.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

function unionOf(boxes: readonly BoundingBox12[]): BoundingBox12 {
  if (boxes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

/**
 * A readable preset spreads its entities for crowded plates in finer steps
 * than a "fit" image (up to 1.05¹², 1.8×): every step shrinks the picture.
 */
const PRESET_SPREAD = { step: 1.05, steps: 12 };
const bounds = { includeLabels: true, includeOverlays: false, includeUnderlays: false };

/** An export laid out on cy (until `prepared.restore()`), ready to draw. */
interface Laid {
  prepared: PreparedScope;
  edgeLabels: RelationshipLabel[];
  box: BoundingBox12;
  legend: LegendEntry[];
  plan: FramePlan;
  /** Entities drawn as a letter (readableFit.ts), by id. */
  keyed: ReadableChoice['keyed'];
}

/** An edge's plate for the room-making step, or null for an edge drawn without a label. */
function plateSizeOf(edge: EdgeSingular): { w: number; h: number } | null {
  return String(edge.style('label')) === '' ? null : plateOf(edge, measure);
}

/** The frame of an export whose graph has bounds `box` (model units) and this legend. */
function planFor(
  options: ImageExportOptions,
  box: { x1: number; y1: number; x2: number; y2: number },
  legend: readonly LegendEntry[],
): FramePlan {
  return planFrame({
    graph: { w: box.x2 - box.x1, h: box.y2 - box.y1 },
    size: options.size ?? { kind: 'fit', scale: 1 },
    title: options.annotations.title,
    subtitle: options.annotations.subtitle ?? '',
    source: options.annotations.source,
    credit: options.annotations.credit ?? '',
    legend: legend.map((entry) => entry.label),
    measure,
  });
}

function layOut(cy: Core, options: ImageExportOptions, choice?: ReadableChoice): Laid {
  const size = options.size ?? { kind: 'fit', scale: 1 };
  const readable = size.kind === 'preset' && size.labelPx !== undefined;
  const prepared = prepareScope(cy, {
    scope: options.scope,
    labels: options.labels ?? 'all',
    presetText: readable,
    // Plates take room like entities do, so they need no spreading (plateRoom.ts).
    ...(readable ? { plateSize: plateSizeOf } : {}),
    ...(choice ? { squeeze: choice.squeeze, keyed: choice.keyed, wrap: choice.wrap } : {}),
  });
  try {
    const { shown } = prepared;
    // A preset that holds labels to a readable size squeezes the entities itself
    // (readableFit.ts): spreading them for plates would undo it, so a crowded plate
    // becomes a number with its text in the key instead.
    const edgeLabels = placeWithRoom(shown, measure, readable ? PRESET_SPREAD : undefined);
    // Cytoscape's own relationship labels are not drawn: the placed plates count instead.
    const box: BoundingBox12 = unionOf([
      shown.nodes().boundingBox(bounds),
      ...(shown.edges().nonempty()
        ? [shown.edges().boundingBox({ ...bounds, includeLabels: false })]
        : []),
      ...edgeLabels.map((label) => label.box),
    ]);
    const legend = legendEntries(
      shown,
      options.annotations.legend,
      choice?.keyed ?? new Map(),
      edgeLabels,
    );
    const plan = planFor(options, box, legend);
    return { prepared, edgeLabels, box, legend, plan, keyed: choice?.keyed ?? new Map() };
  } catch (error) {
    prepared.restore();
    throw error;
  }
}

/** The smallest label font, in model units, of what `laid` draws. */
function smallestLabelFont(laid: Laid): number {
  const sizes = [
    ...laid.prepared.labelled.map((n: NodeSingular) => parseFloat(String(n.style('font-size')))),
    ...laid.edgeLabels.map((l) => l.size),
  ].filter((s) => s > 0);
  return sizes.length > 0 ? Math.min(...sizes) : 0;
}

/** One trial of the readable search laid out on cy, measured, and cy put back. */
export function measureTrial(
  cy: Core,
  options: ImageExportOptions,
  choice: ReadableChoice,
): FitTrial {
  const laid = layOut(cy, options, choice);
  try {
    const at = laid.prepared.shown.nodes().map((n: NodeSingular) => n.position());
    const xs = at.map((p) => p.x);
    const ys = at.map((p) => p.y);
    const font = smallestLabelFont(laid);
    return {
      // No label drawn (an empty selection): any scale reads.
      labelPx: font > 0 ? font * laid.plan.graph.scale : Infinity,
      box: { w: laid.box.x2 - laid.box.x1, h: laid.box.y2 - laid.box.y1 },
      centres: {
        w: xs.length > 0 ? Math.max(...xs) - Math.min(...xs) : 0,
        h: ys.length > 0 ? Math.max(...ys) - Math.min(...ys) : 0,
      },
      room: laid.plan.graphRoom,
      scale: laid.plan.graph.scale,
    };
  } finally {
    laid.prepared.restore();
  }
}

export interface Drawn {
  plan: FramePlan;
  report: Omit<ExportReport, 'format' | 'scaleLowered'>;
}

/**
 * Lays out and draws one export synchronously, between preparing the
 * canvas and restoring it, so the screen never shows the export state.
 * `contextFor` makes the drawing surface once the size is known; it may
 * return null to lay out only.
 */
export function render(
  cy: Core,
  options: ImageExportOptions,
  contextFor: (plan: FramePlan) => CanvasRenderingContext2D | null,
  /** A preset's readable search (readableSearch.ts), or null: the screen's spread. */
  readable: (ReadableResult & { ms: number }) | null = null,
): Drawn {
  const laid = layOut(cy, options, readable?.choice);
  const { prepared, edgeLabels, box, legend, plan } = laid;
  try {
    const { shown, labelled } = prepared;
    const firstEdge = shown.edges().first();
    const colours: FrameColours = {
      background: options.background,
      text: String(shown.nodes().first().style('color')),
      muted: String((firstEdge.nonempty() ? firstEdge : shown.nodes().first()).style('color')),
    };
    const context = contextFor(plan);
    if (context) drawFrame(context, cy, { plan, box, legend, edgeLabels, colours });
    const scale = plan.graph.scale;
    const toPixels = (b: BoundingBox12): PixelBox => ({
      x1: plan.graph.x + (b.x1 - box.x1) * scale,
      y1: plan.graph.y + (b.y1 - box.y1) * scale,
      x2: plan.graph.x + (b.x2 - box.x1) * scale,
      y2: plan.graph.y + (b.y2 - box.y1) * scale,
    });
    const labelOnly = { ...bounds, includeNodes: false, includeEdges: false };
    const fontPx = (ele: { style(name: string): unknown }) =>
      parseFloat(String(ele.style('font-size'))) * scale;
    const smallest = (sizes: number[]) => (sizes.length > 0 ? Math.min(...sizes) : null);
    return {
      plan,
      report: {
        width: plan.width,
        height: plan.height,
        scale,
        labels: labelled.map((node: NodeSingular) => ({
          id: node.id(),
          text: String(node.data('name') ?? node.data('label')),
          key: laid.keyed.get(node.id())?.letter ?? null,
          box: toPixels(node.boundingBox(labelOnly)),
        })),
        shapes: shown.nodes().map((node: NodeSingular) => ({
          id: node.id(),
          box: toPixels(node.boundingBox({ ...bounds, includeLabels: false })),
        })),
        edgeLabels: edgeLabels.map((label) => {
          const line = drawnLine(shown.getElementById(label.id));
          const point = (p: { x: number; y: number }) => ({
            x: plan.graph.x + (p.x - box.x1) * scale,
            y: plan.graph.y + (p.y - box.y1) * scale,
          });
          return {
            id: label.id,
            text: label.text,
            marker: label.marker,
            lineColour: rgb(label.lineColour),
            box: toPixels(label.box),
            line: line && {
              points: line.points.map(point),
              curved: line.curved,
              width: line.width * scale,
              gap: line.gap * scale,
            },
          };
        }),
        legend: legend.map((entry) => entry.label),
        legendBox: plan.legend
          ? {
              x1: plan.legend.x,
              y1: plan.legend.y,
              x2: plan.legend.x + plan.legend.w,
              y2: plan.legend.y + plan.legend.h,
            }
          : null,
        lines: plan.lines.map(({ text, x, y, size }) => ({ text, x, y, size })),
        fit: readable
          ? {
              ms: Math.round(readable.ms),
              steps: readable.steps,
              wrap: readable.choice.wrap,
              letters: readable.choice.keyed.size,
            }
          : null,
        textSizes: {
          entityLabels: smallest(labelled.map(fontPx)),
          relationshipLabels: smallest(edgeLabels.map((label) => label.size * scale)),
          legend: plan.legend
            ? (plan.legend.swatch / LEGEND_SIZES.swatch) * LEGEND_SIZES.font
            : null,
        },
      },
    };
  } finally {
    prepared.restore();
  }
}
