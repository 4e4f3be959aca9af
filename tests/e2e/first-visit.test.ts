/// <reference lib="dom" />
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstVisit, type FirstVisit } from '../../tools/firstVisit.ts';
import { startExplorer, type RunningExplorer } from './support/harness.ts';
import { waitForSettledGraph } from './support/page.ts';

/**
 * Issue #16's first-visit budget: at most 300 KB (300 × 1 000 bytes) of
 * JavaScript before the start view is laid out and drawn, counted from
 * Chromium's network (every script response, the body bytes as sent), not
 * from file names.
 *
 * Gzip, because it is what every browser and proxy accepts, and what
 * Chromium asks for over plain http:// (brotli is sent over HTTPS only), so
 * the budget holds however the app is served; the server sends brotli when
 * asked, which is smaller still. The time to interactive is measured too,
 * but asserted only by the benchmark (bench/README.md): on a shared 2-core
 * machine it is not a property of the code alone.
 */
const BUDGET_BYTES = 300_000;

let explorer: RunningExplorer;
let visit: FirstVisit;

beforeAll(async () => {
  explorer = await startExplorer();
  visit = await measureFirstVisit(explorer.browser, explorer.url);
});

afterAll(async () => {
  await explorer.close();
});

describe('the first visit', () => {
  it('loads at most 300 KB of gzipped JavaScript before the start view is interactive', () => {
    const listing = visit.scripts.map((s) => `${s.path} ${String(s.encodedBytes)} ${s.encoding}`);
    // Something was counted (the entry at least), and every script came gzipped.
    expect(visit.scripts.length, listing.join('\n')).toBeGreaterThan(0);
    expect(
      visit.scripts.filter((s) => s.encoding !== 'gzip'),
      listing.join('\n'),
    ).toStrictEqual([]);
    expect(visit.scriptBytes, listing.join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads neither the Cypher editor, nor export, nor the layout worker, nor authoring or its NLP', () => {
    const deferred = visit.scripts
      .map((s) => s.path)
      .filter((p) =>
        /CypherEditor|ExportPanel|exportPdf|layoutWorker|AuthoringWorkspace|nameSpans/.test(p),
      );
    expect(deferred).toStrictEqual([]);
  });
});

/** Holds every request for a chunk whose file name starts with `name` until released. */
async function holdChunk(page: Page, name: string) {
  const held: Route[] = [];
  await page.route(new RegExp(`/assets/${name}-[^/]+\\.js$`), (route) => {
    held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      await page.unroute(new RegExp(`/assets/${name}-`));
      await Promise.all(held.map((route) => route.continue()));
    },
    fail: async () => Promise.all(held.map((route) => route.abort('connectionfailed'))),
  };
}

describe('a part loaded on first use', () => {
  it('says it is loading, then shows the Cypher editor', async () => {
    const context = await explorer.browser.newContext();
    try {
      const page = await context.newPage();
      const chunk = await holdChunk(page, 'CypherEditor');
      await page.goto(explorer.url);
      await waitForSettledGraph(page);
      await page.getByRole('tab', { name: 'Cypher' }).click();
      await expect.poll(() => chunk.held()).toBe(1);
      const status = page.getByRole('status').filter({ hasText: 'Loading the Cypher editor…' });
      await status.waitFor();
      await chunk.release();
      await page.getByRole('textbox', { name: 'Cypher query' }).waitFor();
      expect(await status.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('says so when the export form cannot load, and the rest of the app keeps working', async () => {
    const context = await explorer.browser.newContext();
    try {
      const page = await context.newPage();
      const chunk = await holdChunk(page, 'ExportPanel');
      await page.goto(explorer.url);
      await waitForSettledGraph(page);
      await page.getByRole('button', { name: 'Export' }).click();
      await expect.poll(() => chunk.held()).toBe(1);
      await chunk.fail();
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load the export form' });
      await alert.waitFor();
      // The explorer is still there: the Cypher tab opens its editor.
      await page.getByRole('tab', { name: 'Cypher' }).click();
      await page.getByRole('textbox', { name: 'Cypher query' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('the hierarchical layout', () => {
  it('loads dagre when first chosen, then lays the graph out in ranks', async () => {
    const context = await explorer.browser.newContext();
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('response', (response) => scripts.push(new URL(response.url()).pathname));
      // A failed load of dagre falls back to a grid and logs an error: none may appear.
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(explorer.url);
      await waitForSettledGraph(page);
      expect(scripts.filter((p) => p.includes('dagre'))).toStrictEqual([]);
      const runs = await page.evaluate(() => window.__newsgraph?.layoutRuns() ?? 0);
      await page.getByRole('combobox', { name: 'Layout' }).selectOption('hierarchical');
      await waitForSettledGraph(page, runs);
      expect(scripts.filter((p) => p.includes('dagre'))).toHaveLength(1);
      expect(errors).toStrictEqual([]);
      // Ranks, left to right: many nodes share a column, where the force layout gives
      // nearly every node its own.
      const ranks = await page.evaluate(() => {
        const hook = window.__newsgraph;
        if (!hook) throw new Error('no test hook');
        const ids = hook.visibleNodeIds();
        const xs = new Set(ids.map((id) => Math.round(hook.pagePosition(id)?.x ?? NaN)));
        return { nodes: ids.length, columns: xs.size };
      });
      expect(ranks.columns).toBeLessThan(ranks.nodes / 3);
    } finally {
      await context.close();
    }
  });
});
