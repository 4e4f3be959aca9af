import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tools/chromium.ts';
import { buildClientIfStale } from '../../../tools/clientBuild.ts';
import { openTestDriver } from '../../support/driver.ts';
import { startTestServer } from '../../support/server.ts';
import { waitForSettledGraph } from './page.ts';
import { watchForPageProblems } from './pageProblems.ts';
import { seedArticleGraph } from './seedGraph.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const ARTIFACTS = path.join(repoRoot, 'test-artifacts', 'e2e');

export interface RunningExplorer {
  url: string;
  browser: Browser;
  /** A fresh browser context and page; 1280×720 unless another viewport is given. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real thing: the built client served by the real server over the
 * `test` Neo4j instance holding the article graph, driven by Debian's
 * Chromium (never a downloaded browser). One per test file.
 */
export async function startExplorer(
  serverOptions: Parameters<typeof startTestServer>[0] = {},
): Promise<RunningExplorer> {
  await buildClientIfStale();
  const driver = openTestDriver();
  try {
    await seedArticleGraph(driver);
  } finally {
    await driver.close();
  }
  const server = await startTestServer({ rateLimitPerMinute: 100_000, ...serverOptions });
  await server.prepared;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    browser,
    newPage: async (viewport = { width: 1280, height: 720 }) => {
      const context = await browser.newContext({
        viewport,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      // Uncaught errors and console errors fail the running test (see pageProblems.ts).
      watchForPageProblems(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** A fresh page (its own browser context) on the start view, once laid out. */
export async function openPage(explorer: RunningExplorer): Promise<Page> {
  const page = await explorer.newPage();
  await page.goto(explorer.url);
  await waitForSettledGraph(page);
  return page;
}

/** The app started, with one page on its start view once laid out: what each page-driving file begins with. */
export async function openStartView(): Promise<{ explorer: RunningExplorer; page: Page }> {
  const explorer = await startExplorer();
  return { explorer, page: await openPage(explorer) };
}
