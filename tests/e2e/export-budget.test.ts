/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generator.ts';
import { PNG_BUDGET } from '../../client/src/features/export/budget.ts';
import { SIZE_PRESETS } from '../../client/src/features/export/presets.ts';
import { removeArticles, seedArticles } from '../../seed/src/index.ts';
import { openTestDriver } from '../support/driver.ts';
import { ARTIFACTS, openPage, startExplorer, type RunningExplorer } from './support/harness.ts';
import { downloadExport } from './support/exportPage.ts';
import { read } from './support/page.ts';

// The pixel budget on a graph far bigger than the article's: a synthetic
// story seeded with the real seeder, put on the canvas by a Cypher query
// (600 rows; the server allows 1 000), and removed afterwards.
const BIG_STORY = {
  entities: 700,
  relationships: 600,
  hubDegree: 40,
  relationshipsPerArticle: 300,
  seed: 23,
};

let explorer: RunningExplorer;
let driver: Driver;
let articleIds: string[];
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer();
  driver = openTestDriver();
  const articles = [...generateArticles(BIG_STORY)];
  articleIds = articles.map((article) => article.id);
  await seedArticles({ driver, articles });
  page = await openPage(explorer);
});

afterAll(async () => {
  await page.context().close();
  await removeArticles({ driver, articleIds });
  await driver.close();
  await explorer.close();
});

describe('the PNG pixel budget', () => {
  it('lowers the scale of a big graph to stay within 40 megapixels and 8 MB, and keeps its A4 preset under 8 MB', async () => {
    await page.getByRole('tab', { name: 'Cypher' }).click();
    await page.getByRole('textbox', { name: 'Cypher query' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'bench-' RETURN a, r, b LIMIT 600",
    );
    await page.getByRole('radio', { name: 'Replace canvas' }).check();
    const runs = await read(page, 'layoutRuns');
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    // A layout of hundreds of entities takes a while on two shared cores.
    await page.waitForFunction(
      (before) => {
        const hook = window.__newsgraph;
        return hook !== undefined && !hook.layoutRunning() && hook.layoutRuns() > before;
      },
      runs,
      { timeout: 120_000 },
    );
    const nodes = (await read(page, 'visibleNodeIds')).length;
    expect(nodes).toBeGreaterThan(300);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByLabel('Scale').selectOption('4');
    const started = Date.now();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      form.getByRole('button', { name: 'Export' }).click(),
    ]);
    const saved = path.join(ARTIFACTS, file.suggestedFilename());
    await file.saveAs(saved);
    const seconds = (Date.now() - started) / 1000;
    const bytes = await readFile(saved);
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const report = await read(page, 'lastImageExport');
    // Without the budget this image would be the graph at 4×, well past the limit.
    expect(report?.scaleLowered).toBe(true);
    expect(width * height).toBeLessThanOrEqual(PNG_BUDGET.maxPixels);
    expect(bytes.length).toBeLessThanOrEqual(PNG_BUDGET.maxBytes);
    expect([report?.width, report?.height]).toStrictEqual([width, height]);
    await expect
      .poll(() => page.getByTestId('notice').textContent())
      .toBe(
        `Exported ${String(nodes)} entities as PNG, ${String(width)} × ${String(height)} px: scale lowered to stay within 40 megapixels and 8 MB.`,
      );
    console.log(
      `[budget] ${String(nodes)} entities: ${String(width)} × ${String(height)} px, ${String(bytes.length)} bytes, ${seconds.toFixed(1)} s`,
    );

    // Presets keep their exact size, so only the bytes can overshoot: the largest
    // preset (A4 at 300 dpi, 8.7 megapixels) of this big graph stays under 8 MB.
    await form.getByLabel('Size').selectOption('a4');
    const a4 = await downloadExport(page);
    expect([a4.bytes.readUInt32BE(16), a4.bytes.readUInt32BE(20)]).toStrictEqual([
      SIZE_PRESETS.a4.width,
      SIZE_PRESETS.a4.height,
    ]);
    expect(a4.bytes.length).toBeLessThanOrEqual(PNG_BUDGET.maxBytes);
    console.log(`[budget] ${String(nodes)} entities, A4 preset: ${String(a4.bytes.length)} bytes`);
  });
});
