import { PNG_BUDGET } from './budget.ts';

/**
 * What the notice says after a PNG export: the saved file's pixel size,
 * when the pixel budget lowered the scale, that it did and why, and when a
 * preset's labels stayed under its readable size (too much graph for the
 * image), how small they are and what to do.
 */
export function pngNotice(
  entities: number,
  png: { width: number; height: number; scaleLowered: boolean },
  labels: { drawn: number; readable: number } | null = null,
): string {
  const size = `${String(png.width)} × ${String(png.height)} px`;
  const budget = `${String(PNG_BUDGET.maxPixels / 1_000_000)} megapixels and ${String(PNG_BUDGET.maxBytes / 1_000_000)} MB`;
  return (
    `Exported ${String(entities)} entities as PNG, ${size}` +
    (png.scaleLowered ? `: scale lowered to stay within ${budget}.` : '.') +
    (labels && labels.drawn < labels.readable
      ? ` Labels are ${labels.drawn.toFixed(1)} px, under the ${String(Math.round(labels.readable))} px that read at this size: export a selection, or choose a larger size.`
      : '')
  );
}
