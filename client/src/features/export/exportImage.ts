import type { Core } from 'cytoscape';
import { EXPORT_REPORT_KEY } from '../../graph/instrumentation/useTestHook.ts';
import type { ExportReport } from '../../graph/instrumentation/testHookTypes.ts';
import { PNG_BUDGET, scaleWithinBytes, scaleWithinPixels } from './budget.ts';
import { rendererOf } from './drawFrame.ts';
import { measureTrial, render, type ImageExportOptions } from './exportLayout.ts';
import type { FramePlan } from './frame.ts';
import { readableChoice } from './readableSearch.ts';
import { createSvgContext, finishSvg } from './svgContext.ts';

export type { AnnotationOptions, ImageExportOptions } from './exportLayout.ts';

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

/** A preset's readable search, run at the export's own size (searchSize for a preview). */
function readableFor(cy: Core, options: ImageExportOptions) {
  const searched = options.searchSize ? { ...options, size: options.searchSize } : options;
  return readableChoice(cy, searched, (choice) => measureTrial(cy, searched, choice));
}

/** Draws to a real canvas and encodes it. */
async function renderPng(cy: Core, options: ImageExportOptions) {
  const readable = await readableFor(cy, options);
  const canvas = document.createElement('canvas');
  const drawn = render(
    cy,
    options,
    (plan) => {
      canvas.width = plan.width;
      canvas.height = plan.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser gives no 2D canvas to draw the image on.');
      return context;
    },
    readable,
  );
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
  const readable = await readableFor(cy, options);
  const renderer = rendererOf(cy);
  const pathsWere = renderer.path2dEnabled() ?? true;
  renderer.path2dEnabled(false);
  const target: { svg?: ReturnType<typeof createSvgContext> } = {};
  try {
    const drawn = render(
      cy,
      options,
      (plan) => {
        target.svg = createSvgContext(plan.width, plan.height);
        return target.svg;
      },
      readable,
    );
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
