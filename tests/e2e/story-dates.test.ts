/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inDateRange } from '@newsgraph/model';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { read, searchAndPick, waitForSettledGraph } from './support/page.ts';
import { openTestDriver } from '../support/driver.ts';

/**
 * The date-range filter and an entity's articles, in real Chromium over the
 * seeded graph. What the canvas draws is read from Cytoscape (the test
 * hook), what should be drawn from Neo4j with the model's date rule, and the
 * status line must count exactly what is drawn.
 */
const ARTICLE = 'afp-2023-03-24-china-tiktok-data';

let explorer: RunningExplorer;
let page: Page;
let dates: Map<string, string | null>;

beforeAll(async () => {
  explorer = await startExplorer();
  const driver = openTestDriver();
  try {
    const { records } = await driver.executeQuery(
      `MATCH (:Entity)-[r]->(:Entity) WHERE $article IN r.articleIds
       RETURN r.id AS id, r.date AS date`,
      { article: ARTICLE },
    );
    dates = new Map(records.map((r) => [String(r.get('id')), r.get('date') as string | null]));
  } finally {
    await driver.close();
  }
});

afterAll(async () => {
  await explorer.close();
});

beforeEach(async () => {
  page = await openPage(explorer);
});

afterEach(async () => {
  await page.context().close();
});

const filter = () => page.getByTestId('date-filter');
const status = () => page.getByTestId('graph-status');

/** The article's relationships the canvas should draw under a filter. */
function expectedIds(onCanvas: readonly string[], from: string, to: string, undated: boolean) {
  return onCanvas
    .filter((id) => {
      const date = dates.get(id);
      if (date === undefined) return true; // another article's relationship: not this test's
      return date === null ? undated : inDateRange(date, { from, to });
    })
    .sort();
}

describe('the date-range filter', () => {
  it('shows the hearing day, then hides the undated relationships, and the status counts what is drawn', async () => {
    await expect
      .poll(() => read(page, 'visibleEdgeIds'))
      .toEqual(
        expect.arrayContaining(['chew-testified-before-us-congressmen', 'bytedance-owns-tiktok']),
      );
    const before = await read(page, 'visibleEdgeIds');
    const nodesBefore = await read(page, 'visibleNodeIds');

    await filter().getByLabel('From').fill('2023-03-23');
    await filter().getByLabel('To').fill('2023-03-23');
    const withUndated = expectedIds(before, '2023-03-23', '2023-03-23', true);
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual(withUndated);
    expect(withUndated).toContain('bytedance-owns-tiktok');
    expect(withUndated).not.toContain('china-denies-asking-companies-for-data-collected-abroad');

    await filter().getByLabel('Show undated relationships').uncheck();
    const hearing = expectedIds(before, '2023-03-23', '2023-03-23', false);
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual(hearing);
    expect(hearing).toStrictEqual([
      'american-user-data-subject-to-chinese-law',
      'chew-admitted-american-data-subject-to-chinese-law',
      'chew-asserts-american-data-situation-will-soon-change',
      'chew-testified-before-us-congressmen',
    ]);
    // Entities stay, as with the relationship-type filter.
    expect(await read(page, 'visibleNodeIds')).toStrictEqual(nodesBefore);
    const hiddenUndated = before.filter((id) => dates.get(id) === null).length;
    const hiddenDated = before.length - hearing.length - hiddenUndated;
    await expect
      .poll(() => status().textContent())
      .toBe(
        `${String(nodesBefore.length)} nodes · 4 relationships shown · dates 2023-03-23 – 2023-03-23: ${String(hiddenDated)} dated and ${String(hiddenUndated)} undated hidden`,
      );
    await screenshot(page, 'story-dates-hearing-day');

    // A shared link keeps the filter: opened elsewhere, it draws the same relationships.
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toContain('&dates=2023-03-23,2023-03-23,dated');
    const shared = await explorer.newPage();
    try {
      await shared.goto(page.url());
      await waitForSettledGraph(shared);
      await expect.poll(() => read(shared, 'visibleEdgeIds')).toStrictEqual(hearing);
      const sharedFilter = shared.getByTestId('date-filter');
      expect(await sharedFilter.getByLabel('From').inputValue()).toBe('2023-03-23');
      expect(await sharedFilter.getByLabel('Show undated relationships').isChecked()).toBe(false);
    } finally {
      await shared.context().close();
    }

    // The filter is part of the undoable view; undo brings the undated back.
    await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual(withUndated);

    await filter().getByRole('button', { name: 'Clear dates' }).click();
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual(before);
    await expect
      .poll(() => status().textContent())
      .toBe(`${String(nodesBefore.length)} nodes · ${String(before.length)} relationships shown`);
  });

  it("lists an entity's articles and opens the reader at its first quote", async () => {
    await searchAndPick(page, 'Oracle');
    const panel = page.getByTestId('node-details');
    await panel.getByRole('heading', { name: 'Oracle' }).waitFor();
    const articles = panel.getByTestId('entity-articles');
    const entry = articles.getByRole('listitem').filter({ hasText: '2023-03-24' });
    await expect
      .poll(() => entry.textContent())
      .toBe(
        '2023-03-24 · TikTok: China claims it never asked companies to hand over data collected abroad [VIDEO] (3 quotes)',
      );
    await entry.getByRole('button').click();
    const mark = page.getByTestId('reader').locator('mark.evidence-mark');
    await mark.waitFor();
    expect((await mark.textContent())?.replace(/\s/g, ' ')).toBe(
      'by the end of the year, all this information, linked to the 150 million American users, would be managed solely by servers of the Texan group Oracle, located in the United States',
    );
    await expect
      .poll(() => page.getByTestId('article-source').textContent())
      .toBe('Outlet unknown (With information from AFP), 2023-03-24 (date inferred)');
    await screenshot(page, 'story-entity-articles');
  });

  it('shows that the denial resting on "rejected these accusations" is inferred', async () => {
    await searchAndPick(page, 'Beijing');
    const panel = page.getByTestId('node-details');
    await panel.getByRole('heading', { name: 'China' }).waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'TikTok gives Chinese authorities access to data' })
      .getByRole('button', { name: /denies/ })
      .click();
    const edge = page.getByTestId('edge-details');
    await edge.waitFor();
    await expect
      .poll(() => edge.locator('p.muted').textContent())
      .toBe('Attributed claim · denies · inferred, not stated');
    expect(await edge.getByTestId('inference-note').textContent()).toMatch(
      /^Inferred: The text says only "Beijing on Friday rejected these accusations"/,
    );
    await screenshot(page, 'story-inferred-denial');
  });

  it('opens a link shared before generic ids were article-scoped on the renamed entity', async () => {
    const other = await explorer.newPage();
    try {
      await other.goto(
        `${explorer.url}/#v=1&layout=fcose&nodes=tiktok,other-organizations&sel=other-organizations`,
      );
      const panel = other.getByTestId('node-details');
      await panel.getByRole('heading', { name: 'Other organizations' }).waitFor();
      await expect
        .poll(() => read(other, 'selectedIds'))
        .toStrictEqual([`${ARTICLE}-other-organizations`]);
    } finally {
      await other.context().close();
    }
  });

  it("adds the period's dated relationships from the whole graph", async () => {
    await searchAndPick(page, '2017 Chinese law');
    const panel = page.getByTestId('node-details');
    await panel.getByRole('heading', { name: '2017 Chinese law' }).waitFor();
    await panel.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => read(page, 'visibleNodeIds')).not.toContain('china-2017-law');

    await filter().getByLabel('From').fill('2017-01-01');
    await filter().getByLabel('To').fill('2017-12-31');
    await filter().getByLabel('Show undated relationships').uncheck();
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual([]);
    await filter().getByRole('button', { name: 'Add the period’s relationships' }).click();
    await expect.poll(() => read(page, 'visibleEdgeIds')).toStrictEqual(['china-enacted-2017-law']);
    expect(await read(page, 'visibleNodeIds')).toContain('china-2017-law');
    await expect
      .poll(() => page.getByTestId('notice').textContent())
      .toBe('Loaded 1 dated relationship of the period.');
  });
});
