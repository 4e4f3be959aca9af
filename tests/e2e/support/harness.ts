import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tools/chromium.ts';
import { buildClientIfStale } from '../../../tools/clientBuild.ts';
import { openTestDriver } from '../../support/driver.ts';
import { startTestServer } from '../../support/server.ts';
import { waitForSettledGraph } from './page.ts';
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
export async function startExplorer(): Promise<RunningExplorer> {
  buildClientIfStale();
  const driver = openTestDriver();
  try {
    await seedArticleGraph(driver);
  } finally {
    await driver.close();
  }
  const server = await startTestServer({ rateLimitPerMinute: 100_000 });
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
      page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
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

/** The app started, with one page on its start view once laid out: what each page-driving file begins with. */
export async function openStartView(): Promise<{ explorer: RunningExplorer; page: Page }> {
  const explorer = await startExplorer();
  const page = await explorer.newPage();
  await page.goto(explorer.url);
  await waitForSettledGraph(page);
  return { explorer, page };
}
