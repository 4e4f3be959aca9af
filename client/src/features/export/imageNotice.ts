import { PNG_BUDGET } from './budget.ts';

/**
 * What the notice says after a PNG export: the saved file's pixel size, and
 * when the pixel budget lowered the scale, that it did and why.
 */
export function pngNotice(
  entities: number,
  png: { width: number; height: number; scaleLowered: boolean },
): string {
  const size = `${String(png.width)} × ${String(png.height)} px`;
  const budget = `${String(PNG_BUDGET.maxPixels / 1_000_000)} megapixels and ${String(PNG_BUDGET.maxBytes / 1_000_000)} MB`;
  return (
    `Exported ${String(entities)} entities as PNG, ${size}` +
    (png.scaleLowered ? `: scale lowered to stay within ${budget}.` : '.')
  );
}
