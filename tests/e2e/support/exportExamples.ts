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
import { openPage, startExplorer } from './harness.ts';

const OUT = path.join(REPO_ROOT, 'docs', 'exports');

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
    for (const key of Object.keys(SIZE_PRESETS)) {
      await form.getByLabel('Size').selectOption(key);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        form.getByRole('button', { name: 'Export' }).click(),
      ]);
      const saved = path.join(OUT, `example-${key}.png`);
      await file.saveAs(saved);
      console.log(`wrote ${path.relative(REPO_ROOT, saved)}`);
    }
  } finally {
    await explorer.close();
  }
}

await main();
