import { PNG_BUDGET } from './budget.ts';
import { LEGEND_MAX_SHARE } from './legendLayout.ts';

/**
 * What the notice says after a PNG export: the saved file's pixel size,
 * when the pixel budget lowered the scale, that it did and why, and when a
 * preset's labels stayed under its readable size (too much graph for the
 * image), how small they are and what to do; and when the legend with its
 * key, kept at the readable size, takes more than LEGEND_MAX_SHARE of the
 * image, how much.
 */
export function pngNotice(
  entities: number,
  png: { width: number; height: number; scaleLowered: boolean },
  labels: { drawn: number; readable: number } | null = null,
  legendShare: number | null = null,
): string {
  const size = `${String(png.width)} × ${String(png.height)} px`;
  const budget = `${String(PNG_BUDGET.maxPixels / 1_000_000)} megapixels and ${String(PNG_BUDGET.maxBytes / 1_000_000)} MB`;
  return (
    `Exported ${String(entities)} entities as PNG, ${size}` +
    (png.scaleLowered ? `: scale lowered to stay within ${budget}.` : '.') +
    (labels && labels.drawn < labels.readable
      ? ` Labels are ${labels.drawn.toFixed(1)} px, under the ${String(Math.round(labels.readable))} px that read at this size: export a selection, or choose a larger size.`
      : '') +
    (legendShare !== null && legendShare > LEGEND_MAX_SHARE
      ? ` The legend and its key take ${String(Math.round(legendShare * 100))} % of the image, more than the ${String(LEGEND_MAX_SHARE * 100)} % they should, to keep their text readable: turn the legend off, or export a selection.`
      : '')
  );
}
