/**
 * The pixel budget of a PNG export. Big graphs at a high scale made 15 MB
 * files that news CMSs refuse and that take seconds to encode; an export
 * keeps below these limits by lowering its scale, and says so.
 */
export const PNG_BUDGET = {
  /** 40 megapixels: about a 7 700 × 5 200 image. */
  maxPixels: 40_000_000,
  /** 8 MB (10⁶ bytes), what most publishing systems accept for an image. */
  maxBytes: 8_000_000,
  /** Chromium refuses canvases above 16 384 px a side; stay a little below. */
  maxSide: 16_000,
} as const;

/**
 * The largest scale not above `scale` whose image stays within the pixel
 * and side limits, given the image's size at scale 1 (it grows linearly).
 */
export function scaleWithinPixels(scale: number, widthAt1: number, heightAt1: number): number {
  const w = Math.max(widthAt1, 1);
  const h = Math.max(heightAt1, 1);
  const limit = Math.min(
    Math.sqrt(PNG_BUDGET.maxPixels / (w * h)),
    PNG_BUDGET.maxSide / w,
    PNG_BUDGET.maxSide / h,
  );
  // 0.5 % below the limit: the image is rounded up to whole pixels.
  return scale <= limit ? scale : limit * 0.995;
}

/**
 * A scale to try after an encoded PNG came out at `bytes`: a PNG's size
 * grows about with its pixel count, so shrink the area by the overshoot,
 * with 10 % to spare.
 */
export function scaleWithinBytes(scale: number, bytes: number): number {
  if (bytes <= PNG_BUDGET.maxBytes) return scale;
  return scale * Math.sqrt(PNG_BUDGET.maxBytes / bytes) * 0.9;
}
