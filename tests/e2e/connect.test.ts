/// <reference lib="dom" />
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import { openTestDriver } from '../support/driver.ts';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { read, searchAndPick, waitForSettledGraph } from './support/page.ts';
import { relationshipsAmong } from './support/truth.ts';

let explorer: RunningExplorer;
let page: Page;
let driver: Driver;
let saved: SavedQueryDto;

/** Each step waits for a request and a render on a loaded 2-core machine. */
const WAIT = { timeout: 20_000 };

beforeAll(async () => {
  explorer = await startExplorer();
  driver = openTestDriver();
  const response = await fetch(`${explorer.url}/api/queries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'E2E connect: ByteDance and TikTok',
      description: 'Two related entities, returned without their relationship.',
      cypher: "MATCH (e:Entity) WHERE e.id IN ['bytedance', 'tiktok'] RETURN e.name AS name, e",
      tags: ['e2e-connect'],
    }),
  });
  if (response.status !== 201)
    throw new Error(`Creating the saved query failed: ${String(response.status)}`);
  saved = (await response.json()) as SavedQueryDto;
});

// Each test opens its own page, after the query exists, so the saved-query list holds it.
beforeEach(async () => {
  page = await openPage(explorer);
});

afterEach(async () => {
  await page.context().close();
});

afterAll(async () => {
  await fetch(`${explorer.url}/api/queries/${saved.id}`, { method: 'DELETE' });
  await driver.close();
  await explorer.close();
});

/**
 * What the canvas draws against what exists among what it shows. They must
 * be equal unless the cap notice says some relationships were not drawn.
 */
async function expectCanvasConnected(p: Page, step: string): Promise<number> {
  const nodes = await read(p, 'visibleNodeIds');
  const drawn = await read(p, 'visibleEdgeIds');
  const notice = (await p.getByTestId('notice').textContent()) ?? '';
  expect(notice, step).not.toMatch(/not drawn/);
  expect(drawn, step).toStrictEqual(await relationshipsAmong(driver, nodes));
  await expect
    .poll(() => p.getByTestId('graph-status').textContent(), { ...WAIT, message: step })
    .toBe(`${String(nodes.length)} nodes · ${String(drawn.length)} relationships shown`);
  return drawn.length;
}

async function expandSelected(name: string): Promise<void> {
  const runs = await read(page, 'layoutRuns');
  await searchAndPick(page, name);
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('heading', { name }).waitFor();
  await details.getByRole('button', { name: 'Expand', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('notice').textContent(), WAIT)
    .toMatch(new RegExp(`^Expanded ${name}`));
  await waitForSettledGraph(page, runs);
}

describe('the canvas draws every relationship among what it shows', () => {
  it('after a query, three expansions, undo, redo and a restored URL', async () => {
    await page
      .getByRole('searchbox', { name: 'Filter saved queries by name or tag' })
      .fill('connect');
    await page.getByRole('button', { name: /E2E connect: ByteDance and TikTok/ }).click();
    await page.getByRole('radio', { name: 'Replace canvas' }).check();
    const runs = await read(page, 'layoutRuns');
    await page.getByTestId('saved-query-detail').getByRole('button', { name: 'Run query' }).click();
    await expect
      .poll(() => read(page, 'visibleNodeIds'), WAIT)
      .toStrictEqual(['bytedance', 'tiktok']);
    await waitForSettledGraph(page, runs);
    expect(await read(page, 'visibleEdgeIds')).toContain('bytedance-owns-tiktok');
    const counts = [await expectCanvasConnected(page, 'query, replace canvas')];

    for (const name of ['TikTok', 'ByteDance', 'Shou Zi Chew']) {
      await expandSelected(name);
      counts.push(await expectCanvasConnected(page, `expanded ${name}`));
    }
    await screenshot(page, '10-connected-after-expansions');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => read(page, 'visibleEdgeIds').then((e) => e.length), WAIT)
      .toBe(counts[2]);
    await expectCanvasConnected(page, 'undo');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect
      .poll(() => read(page, 'visibleEdgeIds').then((e) => e.length), WAIT)
      .toBe(counts[3]);
    const expected = { nodes: await read(page, 'visibleNodeIds'), edges: counts[3] };
    await expectCanvasConnected(page, 'redo');
    // One undo step per expansion, connecting relationships included: undo three, back to the query.
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => read(page, 'visibleNodeIds'), WAIT)
      .toStrictEqual(['bytedance', 'tiktok']);
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => read(page, 'visibleNodeIds'), WAIT).toStrictEqual(expected.nodes);

    const other = await explorer.newPage();
    await other.goto(page.url());
    await waitForSettledGraph(other);
    expect(await read(other, 'visibleNodeIds')).toStrictEqual(expected.nodes);
    expect(await expectCanvasConnected(other, 'restored URL')).toBe(expected.edges);
    await other.context().close();
  }, 300_000);

  it('during replay the status line counts what is drawn', async () => {
    await page.getByRole('slider', { name: 'Replay up to sentence' }).fill('3');
    await expect.poll(() => page.getByTestId('graph-status').textContent(), WAIT).toMatch(/replay/);
    const nodes = await read(page, 'visibleNodeIds');
    const edges = await read(page, 'visibleEdgeIds');
    expect(await page.getByTestId('graph-status').textContent()).toBe(
      `${String(nodes.length)} nodes · ${String(edges.length)} relationships shown · replay up to sentence 4`,
    );
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect
      .poll(() => page.getByTestId('graph-status').textContent(), WAIT)
      .not.toMatch(/replay/);
  });

  it('Replace canvas with a result that has nothing to draw keeps the canvas and says why', async () => {
    const before = await read(page, 'visibleNodeIds');
    await page.getByRole('tab', { name: 'Cypher' }).click();
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('MATCH (e:Entity) RETURN count(e) AS entities');
    await page.getByRole('radio', { name: 'Replace canvas' }).check();
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    await expect
      .poll(() => page.getByTestId('notice').textContent(), WAIT)
      .toMatch(
        /returned 1 row but no nodes or relationships \(see the table\), so the canvas was kept/,
      );
    expect(await read(page, 'visibleNodeIds')).toStrictEqual(before);
  });
});
