import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openPage, startExplorer, type RunningExplorer } from './harness.ts';

export interface ExplorerSession {
  /** The explorer this file started, shared by its tests. */
  explorer(): RunningExplorer;
  /** This test's own page, opened fresh on the start view. */
  page(): Page;
}

/**
 * Registers the usual hooks of an e2e file: one explorer for the file, a
 * fresh page (its own browser context) for every test, both closed after.
 */
export function useExplorerSession(
  serverOptions: Parameters<typeof startExplorer>[0] = {},
): ExplorerSession {
  let explorer: RunningExplorer | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    explorer = await startExplorer(serverOptions);
  });
  afterAll(async () => {
    await explorer?.close();
  });
  beforeEach(async () => {
    if (!explorer) throw new Error('The explorer did not start.');
    page = await openPage(explorer);
  });
  afterEach(async () => {
    await page?.context().close();
  });
  return {
    explorer: () => {
      if (!explorer) throw new Error('The explorer is not running (outside a test?).');
      return explorer;
    },
    page: () => {
      if (!page) throw new Error('No page is open (outside a test?).');
      return page;
    },
  };
}
