import type { CollectionReturnValue, Core } from 'cytoscape';
import { addAnnotations, type AnnotationOptions } from './annotations.ts';
import { createSvgContext, finishSvg } from './svgContext.ts';

/** Chromium refuses canvases above 16 384 px a side; stay a little below. */
export const MAX_CANVAS_SIDE = 16000;

export interface ImageExportOptions {
  scope: 'graph' | 'selection';
  annotations: AnnotationOptions;
  /** null = transparent */
  background: string | null;
}

/** A PNG's size in pixels, from its header (IHDR), without decoding the image. */
export async function pngDimensions(blob: Blob): Promise<{ width: number; height: number }> {
  const header = new DataView(await blob.slice(16, 24).arrayBuffer());
  return { width: header.getUint32(0), height: header.getUint32(4) };
}

/**
 * Whether an exported image reached the canvas cap, so that boundedScale
 * lowered its scale. Cytoscape rounds the image to whole pixels, hence the
 * 1 % allowance.
 */
export function reachedCanvasCap({ width, height }: { width: number; height: number }): boolean {
  return Math.max(width, height) >= MAX_CANVAS_SIDE * 0.99;
}

/** The scale actually used: the one asked for, lowered only if the image would exceed the canvas cap. */
export function boundedScale(scale: number, width: number, height: number): number {
  const limit = Math.min(
    MAX_CANVAS_SIDE / Math.max(width, 1),
    MAX_CANVAS_SIDE / Math.max(height, 1),
  );
  return Math.min(scale, limit);
}

/**
 * Prepares cy for an export and always undoes it: hides what is not
 * exported (display: none, so it leaves the bounds too), adds the
 * annotation nodes, and lifts the minimum label size so no label drops out.
 */
async function withExportScope<T>(
  cy: Core,
  options: ImageExportOptions,
  render: (shown: CollectionReturnValue) => T | Promise<T>,
): Promise<T> {
  await document.fonts.ready;
  const selected = cy.nodes(':selected');
  const keep =
    options.scope === 'selection'
      ? selected
          .union(selected.edgesWith(selected))
          .union(cy.edges(':selected').connectedNodes())
          .union(cy.edges(':selected'))
      : cy.elements(':visible').not('.more');
  const excluded = cy.elements().not(keep);
  let annotations: CollectionReturnValue | null = null;
  const selectedBefore = cy.elements(':selected');
  try {
    cy.batch(() => {
      excluded.addClass('export-hidden');
      selectedBefore.unselect();
    });
    annotations = addAnnotations(cy, keep.filter(':visible'), options.annotations);
    cy.elements().addClass('exporting');
    return await render(keep.filter(':visible'));
  } finally {
    cy.batch(() => {
      annotations?.remove();
      cy.elements().removeClass('exporting export-hidden');
      selectedBefore.select();
    });
  }
}

export function exportPng(cy: Core, scale: number, options: ImageExportOptions): Promise<Blob> {
  return withExportScope(cy, options, async () => {
    const box = cy.elements(':visible').boundingBox();
    const used = boundedScale(scale, box.w, box.h);
    return cy.png({
      output: 'blob-promise',
      full: true,
      scale: used,
      bg: options.background ?? undefined,
    });
  });
}

/**
 * The canvas renderer's own drawing entry points. They are internal (cy.png
 * uses them for `full: true` images); only these three are touched, and only
 * during an export.
 */
interface CanvasRendererInternals {
  path2dEnabled(on?: boolean): boolean | undefined;
  getCachedZSortedEles(forceRecalc?: boolean): unknown;
  drawElements(context: CanvasRenderingContext2D, elements: unknown): void;
}

/**
 * SVG through Cytoscape's own renderer: the elements are drawn the way
 * cy.png draws a full image (every element, no viewport culling, no bitmap
 * caches), but into a canvas2svg context that records each call as SVG.
 * Path2D caching is switched off for the call, since an SVG context cannot
 * replay a Path2D.
 */
export function exportSvg(cy: Core, options: ImageExportOptions): Promise<string> {
  return withExportScope(cy, options, () => {
    const padding = 20;
    const box = cy.elements(':visible').boundingBox();
    // canvas2svg names its own fallback fonts, whose text can run wider than Cytoscape measured.
    const width = Math.ceil(box.w + 2 * padding + 80);
    const height = Math.ceil(box.h + 2 * padding);
    const context = createSvgContext(width, height);
    if (options.background) {
      context.fillStyle = options.background;
      context.fillRect(0, 0, width, height);
    }
    const renderer = (cy as unknown as { renderer(): CanvasRendererInternals }).renderer();
    const pathsWere = renderer.path2dEnabled() ?? true;
    renderer.path2dEnabled(false);
    try {
      context.translate(padding - box.x1, padding - box.y1);
      renderer.drawElements(context, renderer.getCachedZSortedEles(true));
    } finally {
      renderer.path2dEnabled(pathsWere);
    }
    return finishSvg(context, width, height);
  });
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
