/// <reference lib="dom" />
/**
 * `NEWSGRAPH_TEST_PORT_OFFSET=… tsx tests/e2e/support/exportExamples.ts`: makes README's
 * example images with the app itself (the e2e harness: built client, real
 * server, the `test` Neo4j instance, which must be running), one PNG per size
 * preset, into docs/exports/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SIZE_PRESETS } from '../../../client/src/features/export/presets.ts';
import { REPO_ROOT } from '../../../tools/neo4j/paths.ts';
import type { Page } from 'playwright-core';
import { openPage, startExplorer } from './harness.ts';
import { read, typeCypher } from './page.ts';

const OUT = path.join(REPO_ROOT, 'docs', 'exports');

/**
 * A social card holds a story's one neighbourhood, not the whole article: at
 * 1200 × 675 the article's 39 entities cannot have readable labels.
 */
async function showNeighbourhood(page: Page, id: string): Promise<void> {
  await typeCypher(page, `MATCH (a:Entity {id: '${id}'})-[r]-(b:Entity) RETURN a, r, b`);
  await page.getByRole('radio', { name: 'Replace canvas' }).check();
  const before = (await read(page, 'visibleNodeIds')).length;
  await page.getByRole('button', { name: 'Run Cypher' }).click();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const now = (await read(page, 'visibleNodeIds')).length;
    if (now !== before && !(await read(page, 'layoutRunning'))) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`The neighbourhood of ${id} did not replace the canvas within 20 s.`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const explorer = await startExplorer();
  try {
    const page = await openPage(explorer);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByLabel('Title', { exact: true }).fill('What China said about TikTok’s data');
    await form.getByLabel('Subtitle').fill('Who said what in the AFP story of 24 March 2023');
    await form.getByLabel('Credit').fill('Graphic: Newsgraph Explorer');
    await form.getByLabel('Legend').check();
    // The whole article on the slide and the page, then one neighbourhood on the card.
    const keys = Object.keys(SIZE_PRESETS).sort(
      (a, b) => Number(a === 'social') - Number(b === 'social'),
    );
    for (const key of keys) {
      if (key === 'social') await showNeighbourhood(page, 'tiktok');
      await form.getByLabel('Size').selectOption(key);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        form.getByRole('button', { name: 'Export' }).click(),
      ]);
      const saved = path.join(OUT, `example-${key}.png`);
      await file.saveAs(saved);
      const notice = await page.getByTestId('notice').textContent();
      console.log(`wrote ${path.relative(REPO_ROOT, saved)}: ${String(notice)}`);
      // What README's reader should know of each image: label size, keys, time.
      const report = await read(page, 'lastImageExport');
      if (report)
        console.log(
          JSON.stringify({
            labelPx: report.textSizes.entityLabels,
            relationshipPx: report.textSizes.relationshipLabels,
            minimum: SIZE_PRESETS[key as keyof typeof SIZE_PRESETS].labelPx,
            letters: report.fit?.letters ?? 0,
            numberedPlates: report.edgeLabels.filter((l) => l.marker !== null).length,
            trials: report.fit?.steps.length ?? 0,
            searchMs: report.fit?.ms ?? 0,
          }),
        );
    }
  } finally {
    await explorer.close();
  }
}

await main();
