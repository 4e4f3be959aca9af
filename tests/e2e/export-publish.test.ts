/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ExportReport,
  PixelBox,
} from '../../client/src/graph/instrumentation/testHookTypes.ts';
import { ARTIFACTS } from './support/harness.ts';
import { downloadExport, exportFormOf, useExportSession } from './support/exportPage.ts';
import { read, searchAndPick } from './support/page.ts';
import { ringVerdict } from './support/plateRing.ts';
import { decodePng, type DecodedPng } from './support/png.ts';

// Images ready for a news page (#17): full claim labels that do not overlap,
// relationship labels on an opaque plate, a legend of what is drawn, size
// presets read from the saved file's header, and a live preview.

const currentPage = useExportSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const exportForm = () => exportFormOf(page);

const download = () => downloadExport(page);

async function lastReport(): Promise<ExportReport> {
  const report = await read(page, 'lastImageExport');
  if (!report) throw new Error('No image export was recorded.');
  return report;
}

const overlap = (a: PixelBox, b: PixelBox) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Pixels inside `box` (shrunk by `inset`) within `tolerance` of `colour`. */
function pixelsNear(
  png: DecodedPng,
  box: PixelBox,
  colour: [number, number, number],
  inset: number,
  tolerance = 40,
): number {
  let count = 0;
  for (let y = Math.ceil(box.y1 + inset); y < Math.floor(box.y2 - inset); y += 1) {
    for (let x = Math.ceil(box.x1 + inset); x < Math.floor(box.x2 - inset); x += 1) {
      const i = (y * png.width + x) * 4;
      const distance = Math.hypot(
        (png.rgba[i] ?? 0) - colour[0],
        (png.rgba[i + 1] ?? 0) - colour[1],
        (png.rgba[i + 2] ?? 0) - colour[2],
      );
      if (distance < tolerance) count += 1;
    }
  }
  return count;
}

/** A line colour that text antialiasing (grey on white) cannot imitate. */
const saturated = ([r, g, b]: [number, number, number]) =>
  Math.max(r, g, b) - Math.min(r, g, b) > 80;

/** The distinct saturated line colours of the drawn relationships. */
function lineColours(report: ExportReport): [number, number, number][] {
  const seen = new Map(report.edgeLabels.map((e) => [e.lineColour.join(','), e.lineColour]));
  return [...seen.values()].filter(saturated);
}

/**
 * Plates with any pixel of any relationship line's colour inside them (one
 * pixel in from the plate's edge, where the plate's own antialiasing blends
 * with what is under it).
 */
function linesInPlates(image: DecodedPng, report: ExportReport) {
  const colours = lineColours(report);
  return report.edgeLabels
    .map((e) => ({
      id: e.id,
      pixels: colours.reduce((sum, colour) => sum + pixelsNear(image, e.box, colour, 1), 0),
    }))
    .filter((e) => e.pixels > 0);
}

/** Plates that overlap another plate, an entity's shape or an entity's label. */
function plateClashes(report: ExportReport): string[] {
  const clashes: string[] = [];
  for (const [i, a] of report.edgeLabels.entries()) {
    for (const b of report.edgeLabels.slice(i + 1))
      if (overlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
    for (const shape of report.shapes)
      if (overlap(a.box, shape.box)) clashes.push(`${a.id} / shape ${shape.id}`);
    for (const label of report.labels)
      if (overlap(a.box, label.box)) clashes.push(`${a.id} / label ${label.id}`);
  }
  return clashes;
}

describe('images for publishing', () => {
  it('draws every claim label in full, and no label overlaps another label or entity', async () => {
    const form = exportForm();
    await form.getByLabel('Scale').selectOption('1');
    const png = decodePng((await download()).bytes);
    const report = await lastReport();
    expect([report.format, report.width, report.height]).toStrictEqual([
      'png',
      png.width,
      png.height,
    ]);
    const visible = await read(page, 'visibleNodeIds');
    expect(report.labels.map((l) => l.id).sort()).toStrictEqual(visible);
    // Full names, not the canvas's shortened ones; the article's claims are long sentences.
    const names = await page.evaluate(
      (ids) => ids.map((id) => window.__newsgraph?.labelOf(id)?.name ?? ''),
      report.labels.map((l) => l.id),
    );
    expect(report.labels.map((l) => l.text)).toStrictEqual(names);
    expect(report.labels.filter((l) => l.text.length > 60).length).toBeGreaterThan(3);
    const clashes: string[] = [];
    for (const [i, a] of report.labels.entries()) {
      for (const b of report.labels.slice(i + 1))
        if (overlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
      for (const shape of report.shapes)
        if (shape.id !== a.id && overlap(a.box, shape.box))
          clashes.push(`${a.id} / shape ${shape.id}`);
    }
    expect(clashes).toStrictEqual([]);
    // Every label lies inside the image and has ink in it.
    const background = [png.rgba[0], png.rgba[1], png.rgba[2]] as [number, number, number];
    const blank = report.labels.filter((l) => {
      const { box } = l;
      const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= png.width && box.y2 <= png.height;
      const area = (box.x2 - box.x1 - 2) * (box.y2 - box.y1 - 2);
      return !inside || pixelsNear(png, box, background, 1, 60) >= area;
    });
    expect(blank.map((l) => l.id)).toStrictEqual([]);
  });

  it('labels the selection only when asked', async () => {
    await searchAndPick(page, 'TikTok');
    await expect.poll(() => read(page, 'selectedIds')).toStrictEqual(['tiktok']);
    await exportForm().getByRole('radio', { name: 'On selected entities only' }).check();
    await download();
    const report = await lastReport();
    expect(report.labels.map((l) => [l.id, l.text])).toStrictEqual([['tiktok', 'TikTok']]);
    expect(report.shapes.length).toBe((await read(page, 'visibleNodeIds')).length);
  });

  it('draws relationship labels above every line, apart from each other and from entities, in PNG and SVG', async () => {
    const form = exportForm();
    await form.getByLabel('Scale').selectOption('2');
    const png = decodePng((await download()).bytes);
    const pngReport = await lastReport();
    const colours = lineColours(pngReport);
    expect(colours.length).toBeGreaterThan(3);
    expect(pngReport.edgeLabels.length).toBe((await read(page, 'visibleEdgeIds')).length);
    // Plates are drawn after every line: not one pixel of any line colour inside any plate.
    expect(linesInPlates(png, pngReport)).toStrictEqual([]);
    expect(plateClashes(pngReport)).toStrictEqual([]);
    // A label drawn as a number has its text in the legend's key.
    for (const label of pngReport.edgeLabels.filter((l) => l.marker !== null))
      expect(pngReport.legend).toContain(label.text);
    // The line does reach each plate. By geometry, for every plate: the line as drawn
    // (Cytoscape's render cache, not what the plate was placed from) passes within the ring.
    const pad = 6 * pngReport.scale;
    const ringOf = (box: PixelBox): PixelBox => ({
      x1: box.x1 - pad,
      y1: box.y1 - pad,
      x2: box.x2 + pad,
      y2: box.y2 + pad,
    });
    const verdicts = new Map(
      pngReport.edgeLabels.map((e) => [
        e.id,
        ringVerdict(png, {
          plate: e.box,
          line: e.line,
          colour: e.lineColour,
          others: pngReport.edgeLabels.filter((o) => o.id !== e.id).map((o) => o.line),
          pad,
        }),
      ]),
    );
    expect([...verdicts].filter(([, v]) => v === 'away').map(([id]) => id)).toStrictEqual([]);
    // And in pixels: just around the plate, its colour is there. Only plates with nothing
    // else drawn around them count; an entity or another plate may cover a line's ends, and
    // another line drawn along it through the ring may cover it ("covered", plateRing.ts).
    const others = (id: string) => [
      ...pngReport.edgeLabels.filter((e) => e.id !== id).map((e) => e.box),
      ...pngReport.shapes.map((s) => s.box),
      ...pngReport.labels.map((l) => l.box),
    ];
    const clear = pngReport.edgeLabels.filter(
      (e) => saturated(e.lineColour) && !others(e.id).some((box) => overlap(ringOf(e.box), box)),
    );
    expect(clear.length).toBeGreaterThan(5);
    const verdictOf = (id: string) => verdicts.get(id);
    expect(clear.filter((e) => verdictOf(e.id) === 'reached').length).toBeGreaterThan(3);
    const unreached = clear.filter((e) => verdictOf(e.id) === 'unreached');
    expect(unreached.map((e) => e.id)).toStrictEqual([]);

    await form.getByRole('combobox', { name: /^Format/ }).selectOption('svg');
    const svg = await download();
    const svgReport = await lastReport();
    const svgPath = path.join(ARTIFACTS, 'publish-plates.svg');
    const rendered = path.join(ARTIFACTS, 'publish-plates.png');
    await writeFile(svgPath, svg.bytes);
    const result = spawnSync('rsvg-convert', [svgPath, '-o', rendered], { encoding: 'utf8' });
    expect([result.status, result.stderr]).toStrictEqual([0, '']);
    const raster = decodePng(await readFile(rendered));
    expect([raster.width, raster.height]).toStrictEqual([svgReport.width, svgReport.height]);
    expect(linesInPlates(raster, svgReport)).toStrictEqual([]);
    expect(plateClashes(svgReport)).toStrictEqual([]);
  });

  it('lists in the legend only the types and line styles the image draws', async () => {
    await searchAndPick(page, 'TikTok');
    await expect.poll(() => read(page, 'selectedIds')).toStrictEqual(['tiktok']);
    const form = exportForm();
    await form.getByRole('combobox', { name: /^Format/ }).selectOption('svg');
    await form.getByRole('radio', { name: 'Selection only' }).check();
    await form.getByLabel('Legend').check();
    const svg = (await download()).bytes.toString('utf8');
    const texts = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    }, svg);
    expect((await lastReport()).legend).toStrictEqual(['Product']);
    expect(texts).toContain('Product');
    expect(
      texts.filter((t) => /^(Person|Company|Claim|Country)$|^Claim: |^Narrated/.test(t)),
    ).toStrictEqual([]);
  });
});
