import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';
import { EXPORT_REPORT_KEY } from '../../graph/instrumentation/useTestHook.ts';
import type { ExportReport, PixelBox } from '../../graph/instrumentation/testHookTypes.ts';
import { PNG_BUDGET, scaleWithinBytes, scaleWithinPixels } from './budget.ts';
import { drawFrame, rendererOf, type FrameColours } from './drawFrame.ts';
import { prepareScope, type ScopeOptions } from './exportScope.ts';
import { planFrame, type FramePlan, type FrameSize } from './frame.ts';
import { legendFor, markerKey } from './legend.ts';
import { placeWithRoom } from './relationshipLabels.ts';
import { createSvgContext, finishSvg } from './svgContext.ts';

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
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** True when the pixel budget (budget.ts) lowered the scale asked for. */
  scaleLowered: boolean;
  /** What was drawn where, in image pixels. */
  report: ExportReport;
}

/** A PNG's size in pixels, from its header (IHDR), without decoding the image. */
export async function pngDimensions(blob: Blob): Promise<{ width: number; height: number }> {
  const header = new DataView(await blob.slice(16, 24).arrayBuffer());
  return { width: header.getUint32(0), height: header.getUint32(4) };
}

let measuring: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 10;
  measuring.font = font;
  return measuring.measureText(text).width;
}

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

interface Drawn {
  plan: FramePlan;
  report: Omit<ExportReport, 'format' | 'scaleLowered'>;
}

/**
 * Lays out and draws one export synchronously, between preparing the
 * canvas and restoring it, so the screen never shows the export state.
 * `contextFor` makes the drawing surface once the size is known.
 */
function render(
  cy: Core,
  options: ImageExportOptions,
  contextFor: (plan: FramePlan) => CanvasRenderingContext2D | null,
): Drawn {
  const prepared = prepareScope(cy, {
    scope: options.scope,
    labels: options.labels ?? 'all',
  });
  try {
    const { shown, labelled } = prepared;
    const bounds = { includeLabels: true, includeOverlays: false, includeUnderlays: false };
    const edgeLabels = placeWithRoom(shown, measure);
    // Cytoscape's own relationship labels are not drawn: the placed plates count instead.
    const box: BoundingBox12 = unionOf([
      shown.nodes().boundingBox(bounds),
      ...(shown.edges().nonempty()
        ? [shown.edges().boundingBox({ ...bounds, includeLabels: false })]
        : []),
      ...edgeLabels.map((label) => label.box),
    ]);
    const legend = [
      ...(options.annotations.legend
        ? legendFor(
            shown.nodes().map((n) => String(n.data('type'))),
            shown.edges().map((e) => ({
              attribution: String(e.data('attribution') ?? 'narrated'),
              stance: e.data('stance') as string | undefined,
            })),
          )
        : []),
      ...markerKey(edgeLabels),
    ];
    const plan = planFrame({
      graph: { w: box.x2 - box.x1, h: box.y2 - box.y1 },
      size: options.size ?? { kind: 'fit', scale: 1 },
      title: options.annotations.title,
      subtitle: options.annotations.subtitle ?? '',
      source: options.annotations.source,
      credit: options.annotations.credit ?? '',
      legend: legend.map((entry) => entry.label),
      measure,
    });
    const firstEdge = shown.edges().first();
    const colours: FrameColours = {
      background: options.background,
      text: String(shown.nodes().first().style('color')),
      muted: String((firstEdge.nonempty() ? firstEdge : shown.nodes().first()).style('color')),
    };
    const context = contextFor(plan);
    if (context) drawFrame(context, cy, { plan, box, legend, edgeLabels, colours });
    const toPixels = (b: BoundingBox12): PixelBox => ({
      x1: plan.graph.x + (b.x1 - box.x1) * plan.graph.scale,
      y1: plan.graph.y + (b.y1 - box.y1) * plan.graph.scale,
      x2: plan.graph.x + (b.x2 - box.x1) * plan.graph.scale,
      y2: plan.graph.y + (b.y2 - box.y1) * plan.graph.scale,
    });
    const labelOnly = { ...bounds, includeNodes: false, includeEdges: false };
    return {
      plan,
      report: {
        width: plan.width,
        height: plan.height,
        scale: plan.graph.scale,
        labels: labelled.map((node: NodeSingular) => ({
          id: node.id(),
          text: String(node.data('name') ?? node.data('label')),
          box: toPixels(node.boundingBox(labelOnly)),
        })),
        shapes: shown.nodes().map((node: NodeSingular) => ({
          id: node.id(),
          box: toPixels(node.boundingBox({ ...bounds, includeLabels: false })),
        })),
        edgeLabels: edgeLabels.map((label) => ({
          id: label.id,
          text: label.text,
          marker: label.marker,
          lineColour: rgb(label.lineColour),
          box: toPixels(label.box),
        })),
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
      },
    };
  } finally {
    prepared.restore();
  }
}

/**
 * Lays the export out without drawing and returns the frame at scale 1,
 * which the pixel budget scales from. Every pass reads fresh geometry
 * (freshGeometry.ts), so this frame is the one the real pass draws.
 */
function planAtOne(cy: Core, options: ImageExportOptions): FramePlan {
  return render(cy, { ...options, size: { kind: 'fit', scale: 1 } }, () => null).plan;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else
        reject(new Error('The browser could not encode the image; try a smaller scale or preset.'));
    }, 'image/png');
  });
}

/** Draws to a real canvas and encodes it. */
async function renderPng(cy: Core, options: ImageExportOptions) {
  const canvas = document.createElement('canvas');
  const drawn = render(cy, options, (plan) => {
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser gives no 2D canvas to draw the image on.');
    return context;
  });
  return { drawn, blob: await canvasBlob(canvas) };
}

/**
 * A PNG within the pixel budget: a "fit" export lowers its scale until the
 * image has at most PNG_BUDGET.maxPixels pixels and, once encoded, at most
 * PNG_BUDGET.maxBytes bytes. Presets keep their exact size (the largest,
 * A4 at 300 dpi, is 8.7 megapixels).
 */
export async function exportPng(cy: Core, options: ImageExportOptions): Promise<PngExport> {
  await document.fonts.ready;
  const size = options.size ?? { kind: 'fit', scale: 1 };
  let attempt: ImageExportOptions = { ...options, size };
  let scaleLowered = false;
  if (size.kind === 'fit') {
    // The frame grows linearly with the scale: measure it at 1 to find the scale allowed.
    const atOne = planAtOne(cy, options);
    const allowed = scaleWithinPixels(size.scale, atOne.width, atOne.height);
    scaleLowered = allowed < size.scale;
    attempt = { ...options, size: { kind: 'fit', scale: allowed } };
  }
  let result = await renderPng(cy, attempt);
  for (let tries = 0; tries < 3 && result.blob.size > PNG_BUDGET.maxBytes; tries += 1) {
    if (attempt.size?.kind !== 'fit') break;
    scaleLowered = true;
    attempt = {
      ...options,
      size: { kind: 'fit', scale: scaleWithinBytes(attempt.size.scale, result.blob.size) },
    };
    result = await renderPng(cy, attempt);
  }
  const report: ExportReport = { ...result.drawn.report, format: 'png', scaleLowered };
  if (options.record !== false) cy.scratch(EXPORT_REPORT_KEY, report);
  return {
    blob: result.blob,
    width: result.drawn.plan.width,
    height: result.drawn.plan.height,
    scaleLowered,
    report,
  };
}

/**
 * SVG through Cytoscape's own renderer, drawn into a canvas2svg context that
 * records each call as SVG. Path2D caching is switched off for the call,
 * since an SVG context cannot replay a Path2D.
 */
export async function exportSvg(cy: Core, options: ImageExportOptions): Promise<string> {
  await document.fonts.ready;
  const renderer = rendererOf(cy);
  const pathsWere = renderer.path2dEnabled() ?? true;
  renderer.path2dEnabled(false);
  const target: { svg?: ReturnType<typeof createSvgContext> } = {};
  try {
    const drawn = render(cy, options, (plan) => {
      target.svg = createSvgContext(plan.width, plan.height);
      return target.svg;
    });
    if (options.record !== false)
      cy.scratch(EXPORT_REPORT_KEY, { ...drawn.report, format: 'svg', scaleLowered: false });
    if (!target.svg) throw new Error('Nothing was drawn.');
    return finishSvg(target.svg, drawn.plan.width, drawn.plan.height);
  } finally {
    renderer.path2dEnabled(pathsWere);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
