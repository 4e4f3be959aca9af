/// <reference lib="dom" />
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArticles, HUB_ID } from '../../bench/generator.ts';
import { removeArticles, seedArticles } from '../../seed/src/index.ts';
import { openTestDriver } from '../support/driver.ts';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { pagePosition, read, searchAndPick, waitForSettledGraph } from './support/page.ts';

// "N more" and collapse need an entity with more neighbours than one page
// (25); the article's busiest has 16. A small synthetic story supplies a hub,
// seeded with the real seeder and removed afterwards.
const HUB_STORY = {
  entities: 80,
  relationships: 120,
  hubDegree: 40,
  relationshipsPerArticle: 120,
  seed: 11,
};

let explorer: RunningExplorer;
let driver: Driver;
let articleIds: string[];
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer();
  driver = openTestDriver();
  const articles = [...generateArticles(HUB_STORY)];
  articleIds = articles.map((article) => article.id);
  await seedArticles({ driver, articles });
});

afterAll(async () => {
  await removeArticles({ driver, articleIds });
  await driver.close();
  await explorer.close();
});

beforeEach(async () => {
  page = await openPage(explorer);
});

afterEach(async () => {
  await page.context().close();
});

/** The hub's relationships and neighbours, straight from Neo4j. */
async function hubFacts(): Promise<{ relationships: number; neighbours: string[] }> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $id})-[r]-(o:Entity)
     RETURN count(r) AS relationships, collect(DISTINCT o.id) AS neighbours`,
    { id: HUB_ID },
  );
  return {
    relationships: Number(records[0]?.get('relationships')),
    neighbours: (records[0]?.get('neighbours') as string[]).sort(),
  };
}

const moreNodeId = `more:${HUB_ID}`;

async function expandHub(): Promise<void> {
  // The start view lists entities by id, so it already holds the hub's whole story:
  // start from the hub alone, put there by a query that replaces the canvas.
  await page.getByRole('tab', { name: 'Cypher' }).click();
  await page.getByRole('textbox', { name: 'Cypher query' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`MATCH (hub:Entity {id: '${HUB_ID}'}) RETURN hub`);
  await page.getByRole('radio', { name: 'Replace canvas' }).check();
  await page.getByRole('button', { name: 'Run Cypher' }).click();
  await expect.poll(() => read(page, 'visibleNodeIds')).toStrictEqual([HUB_ID]);
  await searchAndPick(page, 'Hub Holdings');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('heading', { name: 'Hub Holdings' }).waitFor();
  const runs = await read(page, 'layoutRuns');
  await details.getByRole('button', { name: 'Expand', exact: true }).click();
  await waitForSettledGraph(page, runs);
}

describe('expanding a hub a page at a time', () => {
  it('shows one page and an "N more" node that loads the rest when clicked', async () => {
    const facts = await hubFacts();
    expect(facts.relationships).toBeGreaterThan(25);
    await expandHub();
    const label = await page.evaluate(
      (id) => window.__newsgraph?.drawnLabel(id) ?? null,
      moreNodeId,
    );
    expect(label).toBe(`${String(facts.relationships - 25)} more…`);
    const shownHub = (await read(page, 'visibleNodeIds')).filter((id) =>
      facts.neighbours.includes(id),
    );
    expect(shownHub.length).toBeGreaterThan(0);
    expect(shownHub.length).toBeLessThanOrEqual(25);
    await screenshot(page, '13-hub-first-page');

    const runs = await read(page, 'layoutRuns');
    const at = await pagePosition(page, moreNodeId);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(async () =>
        (await read(page, 'visibleNodeIds')).filter((id) => facts.neighbours.includes(id)),
      )
      .toStrictEqual(facts.neighbours);
    await waitForSettledGraph(page, runs);
    expect(
      await page.evaluate((id) => window.__newsgraph?.drawnLabel(id) ?? null, moreNodeId),
    ).toBeNull();
  });

  it('collapse takes back what the expansion brought, and keeps what else holds on to', async () => {
    const facts = await hubFacts();
    await expandHub();
    const at = await pagePosition(page, moreNodeId);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(async () =>
        (await read(page, 'visibleNodeIds')).filter((id) => facts.neighbours.includes(id)),
      )
      .toStrictEqual(facts.neighbours);

    // Which neighbours hold on to something besides the hub, as drawn now.
    const drawnEdges = await read(page, 'visibleEdgeIds');
    const { records } = await driver.executeQuery(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids RETURN a.id AS a, b.id AS b',
      { ids: drawnEdges },
    );
    const drawnNeighbours = new Map<string, Set<string>>();
    for (const record of records) {
      const [a, b] = [record.get('a') as string, record.get('b') as string];
      if (a === b) continue;
      drawnNeighbours.set(a, (drawnNeighbours.get(a) ?? new Set()).add(b));
      drawnNeighbours.set(b, (drawnNeighbours.get(b) ?? new Set()).add(a));
    }
    const onlyHub = facts.neighbours.filter((id) => drawnNeighbours.get(id)?.size === 1);
    expect(onlyHub.length).toBeGreaterThan(0);
    const before = await read(page, 'visibleNodeIds');

    // Clicking "N more" moved the selection; select the hub again to collapse it.
    await searchAndPick(page, 'Hub Holdings');
    await expect.poll(() => read(page, 'selectedIds')).toStrictEqual([HUB_ID]);
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Collapse' })
      .click();
    await expect
      .poll(() => read(page, 'visibleNodeIds'))
      .toStrictEqual(before.filter((id) => !onlyHub.includes(id)));
    await page.keyboard.press('Control+z');
    await expect.poll(() => read(page, 'visibleNodeIds')).toStrictEqual(before);
  });
});
