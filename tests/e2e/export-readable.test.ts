/// <reference lib="dom" />
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEGEND_MAX_SHARE } from '../../client/src/features/export/legendLayout.ts';
import { SIZE_PRESETS } from '../../client/src/features/export/presets.ts';
import type {
  ExportReport,
  PixelBox,
} from '../../client/src/graph/instrumentation/testHookTypes.ts';
import { ARTIFACTS } from './support/harness.ts';
import { exportFormOf, useExportSession } from './support/exportPage.ts';
import { read, typeCypher, waitForSettledGraph } from './support/page.ts';
import { decodePng, describeDifference, type DecodedPng } from './support/png.ts';

// Readable graph text on every preset (#17): each preset names the smallest
// label that reads at the size it is seen at (presets.ts); every entity and
// relationship label in the image must reach it, measured in the saved
// image, and the legend's type must stay near the graph's.

const currentPage = useExportSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const overlap = (a: PixelBox, b: PixelBox) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** First and last rows inside `box` with a pixel within 90 of `colour`: the ink's height. */
function inkHeight(png: DecodedPng, box: PixelBox, colour: [number, number, number]): number {
  let first = -1;
  let last = -1;
  for (let y = Math.max(0, Math.floor(box.y1)); y < Math.min(png.height, box.y2); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x1)); x < Math.min(png.width, box.x2); x += 1) {
      const i = (y * png.width + x) * 4;
      const d = Math.hypot(
        (png.rgba[i] ?? 0) - colour[0],
        (png.rgba[i + 1] ?? 0) - colour[1],
        (png.rgba[i + 2] ?? 0) - colour[2],
      );
      if (d < 90) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? 0 : last - first + 1;
}

/** Entity labels that overlap another label or another entity, and plates that touch anything. */
function clashes(report: ExportReport): string[] {
  const found: string[] = [];
  for (const [i, a] of report.labels.entries()) {
    for (const b of report.labels.slice(i + 1))
      if (overlap(a.box, b.box)) found.push(`${a.id} / ${b.id}`);
    for (const shape of report.shapes)
      if (shape.id !== a.id && overlap(a.box, shape.box)) found.push(`${a.id} / shape ${shape.id}`);
  }
  for (const [i, a] of report.edgeLabels.entries()) {
    for (const b of report.edgeLabels.slice(i + 1))
      if (overlap(a.box, b.box)) found.push(`${a.id} / ${b.id}`);
    for (const other of [...report.shapes, ...report.labels])
      if (overlap(a.box, other.box)) found.push(`${a.id} / ${other.id}`);
  }
  return found;
}

/** Labels (entities and plates) whose box differs between two reports of one view. */
function movedLabels(a: ExportReport, b: ExportReport): string {
  const boxes = (report: ExportReport) =>
    new Map([...report.labels, ...report.edgeLabels].map((l) => [l.id, JSON.stringify(l.box)]));
  const before = boxes(a);
  const moved = [...boxes(b)].filter(([id, box]) => before.get(id) !== box).map(([id]) => id);
  return moved.length === 0 ? 'no label moved' : `labels moved: ${moved.join(', ')}`;
}

interface Measured {
  /** From the click to the saved file, and the page's own search (ExportReport.fit), in ms. */
  ms: number;
  searchMs: number | null;
  trials: number | null;
  letters: number | null;
  /** The PNG's SHA-256: the same view must always give the same image. */
  sha: string;
  /** The preset's readable minimum, in image pixels. */
  minimum: number;
  entityLabels: number;
  relationshipLabels: number;
  /** The lowest entity label or plate box, in image pixels. */
  lowestBox: number;
  /** The ink height of the label "TikTok", in image pixels. */
  tiktokInk: number;
  legend: number;
  legendShare: number;
  overlaps: string[];
  /** Labels, shapes and plates outside the image or on the legend. */
  misplaced: string[];
  /** The image and what the page says it drew, to explain a difference between two exports. */
  image: { png: DecodedPng; report: ExportReport };
}

/** A preset export lays out several trials (readableFit.ts): seconds each on a loaded machine. */
const EXPORT_WAIT = 120_000;

async function download(): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: EXPORT_WAIT }),
    exportFormOf(page).getByRole('button', { name: 'Export' }).click(),
  ]);
  const saved = path.join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(saved);
  return readFile(saved);
}

async function measure(key: string): Promise<Measured> {
  const started = performance.now();
  const bytes = await download();
  const ms = Math.round(performance.now() - started);
  const png = decodePng(bytes);
  const report = await read(page, 'lastImageExport');
  if (!report) throw new Error(`The ${key} export recorded nothing.`);
  const legend = report.legendBox;
  if (!legend) throw new Error(`The ${key} export has no legend.`);
  const tiktok = report.labels.find((l) => l.id === 'tiktok');
  if (!tiktok) throw new Error('TikTok has no label in the export.');
  const preset = SIZE_PRESETS[key as keyof typeof SIZE_PRESETS];
  expect([report.width, report.height]).toStrictEqual([preset.width, preset.height]);
  const round = (n: number | null) => Math.round((n ?? 0) * 100) / 100;
  return {
    ms,
    searchMs: report.fit?.ms ?? null,
    trials: report.fit?.steps.length ?? null,
    letters: report.fit?.letters ?? null,
    sha: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    minimum: round(preset.labelPx),
    entityLabels: round(report.textSizes.entityLabels),
    relationshipLabels: round(report.textSizes.relationshipLabels),
    lowestBox: round(
      Math.min(
        ...report.labels.map((l) => l.box.y2 - l.box.y1),
        ...report.edgeLabels.map((l) => l.box.y2 - l.box.y1),
      ),
    ),
    tiktokInk: inkHeight(png, tiktok.box, [29, 35, 42]),
    legend: round(report.textSizes.legend),
    legendShare: round(
      ((legend.x2 - legend.x1) * (legend.y2 - legend.y1)) / (png.width * png.height),
    ),
    overlaps: clashes(report),
    misplaced: [...report.labels, ...report.shapes, ...report.edgeLabels]
      .filter(
        ({ box }) =>
          box.x1 < 0 ||
          box.y1 < 0 ||
          box.x2 > png.width ||
          box.y2 > png.height ||
          overlap(box, legend),
      )
      .map((e) => e.id),
    image: { png, report },
  };
}

/** Fills the form as a newsroom would for a published graphic. */
async function fillForm(): Promise<void> {
  const form = exportFormOf(page);
  await form.getByLabel('Title', { exact: true }).fill('What China said about TikTok’s data');
  await form.getByLabel('Legend').check();
}

function expectReadable(key: string, m: Measured): void {
  // Font size × scale, as the export drew it, for every entity and relationship label.
  expect(m.entityLabels, `${key} entity labels`).toBeGreaterThanOrEqual(m.minimum - 0.01);
  expect(m.relationshipLabels, `${key} relationship labels`).toBeGreaterThanOrEqual(
    m.minimum - 0.01,
  );
  // The same from Cytoscape's label boxes: none is shorter than one line of the minimum.
  expect(m.lowestBox, `${key} label box height`).toBeGreaterThanOrEqual(m.minimum);
  // And from the pixels: "TikTok" (capitals and ascenders, no descender) is at
  // least its cap height, 0.7 of the font size, tall in ink.
  expect(m.tiktokInk, `${key} TikTok ink height`).toBeGreaterThanOrEqual(0.7 * m.minimum);
  // The legend's type matches the graph's: at most 1.2 × the labels, at most a fifth of the image.
  expect(m.legend, `${key} legend text`).toBeLessThanOrEqual(1.2 * m.entityLabels);
  expect(m.legendShare, `${key} legend share`).toBeLessThanOrEqual(LEGEND_MAX_SHARE);
  expect(m.overlaps, `${key} overlaps`).toStrictEqual([]);
  expect(m.misplaced, `${key} outside the image or on the legend`).toStrictEqual([]);
}

describe('readable text on the presets', () => {
  it('draws the whole article on the slide and on A4 with every label at least the readable size', async () => {
    await fillForm();
    const all: Record<string, Measured> = {};
    for (const key of ['slide', 'a4']) {
      await exportFormOf(page).getByLabel('Size').selectOption(key);
      all[key] = await measure(key);
    }
    // The same view again: the very same image, byte for byte.
    await exportFormOf(page).getByLabel('Size').selectOption('slide');
    const again = await measure('slide');
    console.log(
      JSON.stringify({ ...all, again }, (key, value: unknown) =>
        key === 'image' ? undefined : value,
      ),
    );
    // Differed once in a full run (454545), with the same search result: say where.
    const first = all.slide?.image;
    const why = first
      ? `${describeDifference(first.png, again.image.png)}; ${movedLabels(first.report, again.image.report)}`
      : '';
    expect(again.sha, why).toBe(all.slide?.sha);
    for (const [key, m] of Object.entries(all)) expectReadable(key, m);
  }, 300_000);

  it('says when the social card is too small for the whole article, and reads for a neighbourhood', async () => {
    await fillForm();
    const form = exportFormOf(page);
    await form.getByLabel('Size').selectOption('social');
    const whole = await measure('social');
    console.log(JSON.stringify({ whole }));
    const drawn = Math.min(whole.entityLabels, whole.relationshipLabels);
    // 39 entities, 58 relationships and a fifth of 1200 × 675 for the legend do
    // not fit at 12 px: the image is still made, and the notice says how small.
    expect(drawn).toBeLessThan(whole.minimum);
    const said = async () =>
      /Labels are (\d+\.\d) px, under the 12 px that read at this size: export a selection, or choose a larger size\./.exec(
        (await page.getByTestId('notice').textContent()) ?? '',
      )?.[1];
    await expect.poll(said, { timeout: EXPORT_WAIT }).toBeDefined();
    expect(Math.abs(Number(await said()) - drawn)).toBeLessThanOrEqual(0.06);

    await waitForSettledGraph(page);
    await typeCypher(page, "MATCH (a:Entity {id: 'bytedance'})-[r]-(b:Entity) RETURN a, r, b");
    await page.getByRole('radio', { name: 'Replace canvas' }).check();
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    await expect
      .poll(async () => (await read(page, 'visibleNodeIds')).length, { timeout: 20_000 })
      .toBeLessThan(10);
    await expect.poll(() => read(page, 'layoutRunning'), { timeout: 20_000 }).toBe(false);
    const part = await measure('social');
    console.log(JSON.stringify({ part }));
    expectReadable('social', part);
  }, 300_000);
});
