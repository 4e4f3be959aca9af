import type { Core } from 'cytoscape';
import { exportPng, type ImageExportOptions } from './exportImage.ts';
import { frameSize } from './presets.ts';

/** A4 in PDF points (1/72 inch). */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;

/**
 * A print PDF: one A4 page holding the A4-at-300-dpi image, with the
 * title, source lines and entity names laid over it as invisible text, so
 * the PDF can be searched and its text copied, as in a scanned document's
 * text layer. pdf-lib (MIT) is loaded only when a PDF is asked for, so it is
 * not part of the first visit's bundle.
 */
export async function exportPdf(cy: Core, options: ImageExportOptions): Promise<Blob> {
  const png = await exportPng(cy, { ...options, size: frameSize('a4', 1) });
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const title = options.annotations.title || 'Newsgraph export';
  doc.setTitle(title);
  doc.setCreator('Newsgraph Explorer');
  if (options.annotations.source) doc.setSubject(options.annotations.source);
  const page = doc.addPage([A4_POINTS.width, A4_POINTS.height]);
  const image = await doc.embedPng(await png.blob.arrayBuffer());
  page.drawImage(image, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });

  const font = await doc.embedFont(StandardFonts.Helvetica);
  // The standard fonts encode WinAnsi only; other characters become "?" in the text layer.
  const known = new Set(font.getCharacterSet());
  const encodable = (text: string) =>
    Array.from(text, (c) => (known.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
  const k = A4_POINTS.width / png.width;
  const place = (text: string, x: number, y: number, size: number) => {
    page.drawText(encodable(text), {
      x: x * k,
      // PDF's origin is bottom-left; the text's baseline sits `size` below the box's top.
      y: A4_POINTS.height - (y + size) * k,
      size: Math.max(size * k, 1),
      font,
      opacity: 0,
    });
  };
  for (const line of png.report.lines) place(line.text, line.x, line.y, line.size);
  for (const label of png.report.labels)
    place(label.text, label.box.x1, label.box.y1, (label.box.y2 - label.box.y1) / 4);
  return new Blob([new Uint8Array(await doc.save())], { type: 'application/pdf' });
}
