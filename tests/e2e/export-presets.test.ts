/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEGEND_MAX_SHARE } from '../../client/src/features/export/legendLayout.ts';
import { SIZE_PRESETS } from '../../client/src/features/export/presets.ts';
import { downloadExport, exportFormOf, useExportSession } from './support/exportPage.ts';
import { read } from './support/page.ts';
import { decodePng, type DecodedPng } from './support/png.ts';

const currentPage = useExportSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const exportForm = () => exportFormOf(page);

const download = () => downloadExport(page);

/** How many pixels within `margin` of any edge differ from the top-left one. */
function inkInMargin(png: DecodedPng, margin: number): number {
  const [r, g, b, a] = png.rgba.subarray(0, 4);
  let ink = 0;
  for (let y = 0; y < png.height; y += 1) {
    const inner = y >= margin && y < png.height - margin;
    for (let x = 0; x < png.width; x += 1) {
      if (inner && x === margin) x = png.width - margin;
      const i = (y * png.width + x) * 4;
      const rgba = png.rgba;
      if (rgba[i] !== r || rgba[i + 1] !== g || rgba[i + 2] !== b || rgba[i + 3] !== a) ink += 1;
    }
  }
  return ink;
}

describe('size presets and preview', () => {
  it('saves each preset at exactly its size, with its margins blank', async () => {
    const form = exportForm();
    await form.getByLabel('Title', { exact: true }).fill('TikTok and data');
    await form.getByLabel('Legend').check();
    for (const [key, preset] of Object.entries(SIZE_PRESETS)) {
      await form.getByLabel('Size').selectOption(key);
      const file = await download();
      // The header, as any image reader sees it first.
      expect([file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)]).toStrictEqual([
        preset.width,
        preset.height,
      ]);
      expect(file.name).toMatch(
        new RegExp(`^newsgraph-tiktok-and-data-graph-\\d+-entities-${key}-`),
      );
      const png = decodePng(file.bytes);
      expect(inkInMargin(png, Math.floor(24 * preset.unit))).toBe(0);
      // The legend leaves the graph room: at most a fifth of the image, clear of every entity.
      const report = await read(page, 'lastImageExport');
      const legend = report?.legendBox;
      if (!report || !legend) throw new Error('The export recorded no legend.');
      const share = ((legend.x2 - legend.x1) * (legend.y2 - legend.y1)) / (png.width * png.height);
      expect(share).toBeLessThanOrEqual(LEGEND_MAX_SHARE);
      const inLegend = [...report.shapes, ...report.labels].filter(
        ({ box }) =>
          box.x1 < legend.x2 && legend.x1 < box.x2 && box.y1 < legend.y2 && legend.y1 < box.y2,
      );
      expect(inLegend).toStrictEqual([]);
      await expect
        .poll(() => page.getByTestId('notice').textContent())
        .toMatch(`PNG, ${String(preset.width)} × ${String(preset.height)} px.`);
    }
  });

  it('shows a preview that follows the title and the preset before anything is saved', async () => {
    const form = exportForm();
    const preview = form.getByTestId('export-preview');
    const source = () => preview.getAttribute('src');
    await preview.waitFor();
    const first = await source();
    await form.getByLabel('Title', { exact: true }).fill('A title for the preview');
    await expect.poll(source, { timeout: 10_000 }).not.toBe(first);
    const titled = await source();
    await form.getByLabel('Size').selectOption('social');
    await expect.poll(source, { timeout: 10_000 }).not.toBe(titled);
    const ratio = await preview.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return img.naturalWidth / img.naturalHeight;
    });
    expect(ratio).toBeCloseTo(1200 / 675, 1);
  });
});
