/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, type RunningExplorer } from './support/harness.ts';
import { searchAndPick, waitForSettledGraph } from './support/page.ts';

const AFP_ARTICLE_ID = 'afp-2023-03-24-china-tiktok-data';

let explorer: RunningExplorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

/** Counts the page's GET requests to the API, by path and query string, from before it loads. */
function countApiReads(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() !== 'GET' || !url.pathname.startsWith('/api/')) return;
    const key = `${url.pathname}${url.search}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

describe('the query layer', () => {
  it('reads each resource once in a visit: start-up, select, details, menu, select again', async () => {
    const page = await explorer.newPage();
    const counts = countApiReads(page);
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    // Start-up is done when the reader shows the article and the saved queries are listed.
    await page.getByTestId('reader').getByRole('heading').first().waitFor();
    await page.getByRole('list', { name: 'Saved queries' }).getByRole('button').first().waitFor();

    const details = page.getByTestId('node-details');
    await searchAndPick(page, 'tiktok');
    // The heading is drawn from the details the API sent.
    await details.getByRole('heading', { name: 'TikTok' }).waitFor();

    // The context menu needs the same details (the counts per relationship type).
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for TikTok' });
    await menu.getByRole('menuitem', { name: /^Expand ← bans \(\d+\)$/ }).waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    // A relationship, then the same entity again: its details and its search are known already.
    await details.getByRole('button', { name: '← ceo of' }).click();
    await page.getByTestId('edge-details').locator('.quote').first().waitFor();
    await searchAndPick(page, 'tiktok');
    await details.getByRole('heading', { name: 'TikTok' }).waitFor();

    const read = Object.fromEntries(counts);
    // The flow did read every resource it shows, so "once each" below is about something.
    expect(Object.keys(read)).toEqual(
      expect.arrayContaining([
        '/api/graph/overview',
        '/api/articles',
        `/api/articles/${AFP_ARTICLE_ID}`,
        '/api/schema',
        '/api/queries',
        '/api/nodes/tiktok',
        '/api/search?q=tiktok&limit=10',
      ]),
    );
    expect(Object.keys(read).some((url) => url.startsWith('/api/relationships/'))).toBe(true);
    expect(read).toStrictEqual(Object.fromEntries(Object.keys(read).map((url) => [url, 1])));
    await page.context().close();
  });
});
