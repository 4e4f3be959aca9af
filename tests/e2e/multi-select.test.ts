/// <reference lib="dom" />
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDriver } from '../support/driver.ts';
import { screenshot } from './support/harness.ts';
import { useExplorerSession } from './support/lifecycle.ts';
import {
  pagePosition,
  read,
  typeCypher,
  waitForSettledGraph,
  waitForStillElement,
} from './support/page.ts';
import { neighboursOf, relationshipsAmong } from './support/truth.ts';

const session = useExplorerSession();
let driver: Driver;

/** Each step waits for requests and a layout on a loaded 2-core machine. */
const WAIT = { timeout: 20_000 };

beforeAll(() => {
  driver = openTestDriver();
});

afterAll(async () => {
  await driver.close();
});

/** Replaces the canvas with exactly these entities, through the Cypher tab. */
async function showOnly(ids: string[]): Promise<void> {
  const page = session.page();
  await waitForSettledGraph(page);
  await typeCypher(page, `MATCH (e:Entity) WHERE e.id IN ${JSON.stringify(ids)} RETURN e`);
  await page.getByRole('radio', { name: 'Replace canvas' }).check();
  await page.getByRole('button', { name: 'Run Cypher' }).click();
  await expect.poll(() => read(page, 'visibleNodeIds'), WAIT).toStrictEqual([...ids].sort());
  await expect.poll(() => read(page, 'layoutRunning'), WAIT).toBe(false);
}

/** Clicks the first entity and shift-clicks the rest, with the whole canvas in view. */
async function selectByMouse(ids: string[]): Promise<void> {
  const page = session.page();
  await page.getByRole('button', { name: 'Fit' }).click();
  for (const id of ids) await waitForStillElement(page, id);
  for (const [index, id] of ids.entries()) {
    const { x, y } = await pagePosition(page, id);
    if (index > 0) await page.keyboard.down('Shift');
    await page.mouse.click(x, y);
    if (index > 0) await page.keyboard.up('Shift');
  }
  await expect.poll(() => read(page, 'selectedIds'), WAIT).toStrictEqual([...ids].sort());
}

const selection = () => session.page().getByTestId('selection-details');

describe('acting on several selected entities', () => {
  it('"Connect among selection" draws exactly what Neo4j holds among them, as one undo step', async () => {
    const page = session.page();
    const ids = ['bytedance', 'shou-zi-chew', 'tiktok'];
    const expected = await relationshipsAmong(driver, ids);
    expect(expected.length).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: 'Connect result entities' }).uncheck();
    await showOnly(ids);
    expect(await read(page, 'visibleEdgeIds')).toStrictEqual([]);

    await selectByMouse(ids);
    await selection().getByRole('button', { name: 'Connect among selection' }).click();
    await expect.poll(() => read(page, 'visibleEdgeIds'), WAIT).toStrictEqual(expected);
    await expect
      .poll(() => page.getByTestId('graph-status').textContent(), WAIT)
      .toBe(`3 nodes · ${String(expected.length)} relationships shown`);
    await screenshot(page, '20-connect-among-selection');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => read(page, 'visibleEdgeIds'), WAIT).toStrictEqual([]);
    expect(await read(page, 'visibleNodeIds')).toStrictEqual(ids);
  });

  it('"Expand all" adds every neighbour of each selected entity, connected, as one undo step', async () => {
    const page = session.page();
    const ids = ['oracle', 'shou-zi-chew'];
    const neighbours = await Promise.all(ids.map((id) => neighboursOf(driver, id)));
    // Under the page size of one expansion, so nothing is left behind "N more".
    for (const list of neighbours) expect(list.length).toBeLessThan(25);
    const expectedNodes = [...new Set([...ids, ...neighbours.flat()])].sort();
    await showOnly(ids);
    await selectByMouse(ids);
    const runs = await read(page, 'layoutRuns');
    await selection().getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => read(page, 'visibleNodeIds'), WAIT).toStrictEqual(expectedNodes);
    await waitForSettledGraph(page, runs);
    expect(await read(page, 'visibleEdgeIds')).toStrictEqual(
      await relationshipsAmong(driver, expectedNodes),
    );
    await expect
      .poll(() => page.getByTestId('notice').textContent(), WAIT)
      .toMatch(/^Expanded 2 entities: \d+ of \d+ relationships\.$/);
    await screenshot(page, '21-expand-all');

    // One step: a single undo takes every expansion back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => read(page, 'visibleNodeIds'), WAIT).toStrictEqual(ids);
  });
});
