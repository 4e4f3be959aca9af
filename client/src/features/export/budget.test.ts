import { describe, expect, it } from 'vitest';
import { PNG_BUDGET, scaleWithinBytes, scaleWithinPixels } from './budget.ts';
import { pngNotice } from './imageNotice.ts';

describe('pixel budget', () => {
  it('keeps the asked scale when the image fits, and lowers it to the pixel limit when not', () => {
    expect(scaleWithinPixels(2, 1000, 800)).toBe(2);
    const lowered = scaleWithinPixels(4, 4000, 3000);
    const pixels = Math.ceil(4000 * lowered) * Math.ceil(3000 * lowered);
    expect(pixels).toBeLessThanOrEqual(PNG_BUDGET.maxPixels);
    expect(pixels).toBeGreaterThan(PNG_BUDGET.maxPixels * 0.98);
    expect(scaleWithinPixels(4, 20_000, 100)).toBe((PNG_BUDGET.maxSide / 20_000) * 0.995);
  });

  it('shrinks the scale by the byte overshoot, with room to spare', () => {
    expect(scaleWithinBytes(2, 1_000_000)).toBe(2);
    expect(scaleWithinBytes(2, 4 * PNG_BUDGET.maxBytes)).toBeCloseTo(0.9, 10);
  });

  it('says the size saved, and when the budget lowered the scale', () => {
    expect(pngNotice(12, { width: 800, height: 600, scaleLowered: false })).toBe(
      'Exported 12 entities as PNG, 800 × 600 px.',
    );
    expect(pngNotice(5000, { width: 7000, height: 5000, scaleLowered: true })).toBe(
      'Exported 5000 entities as PNG, 7000 × 5000 px: scale lowered to stay within 40 megapixels and 8 MB.',
    );
  });

  it('says when a preset’s labels stayed under its readable size, and only then', () => {
    const card = { width: 1200, height: 675, scaleLowered: false };
    expect(pngNotice(39, card, { drawn: 7.66, readable: 12 })).toBe(
      'Exported 39 entities as PNG, 1200 × 675 px. Labels are 7.7 px, under the 12 px that read at this size: export a selection, or choose a larger size.',
    );
    expect(pngNotice(39, card, { drawn: 12, readable: 12 })).toBe(
      'Exported 39 entities as PNG, 1200 × 675 px.',
    );
  });
});
