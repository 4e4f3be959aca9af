/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { waitForSettledGraph } from './support/page.ts';

let explorer: RunningExplorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs every axe-core rule it runs by default on the page as it is now; one line per failing element. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/**
 * The scan injects axe-core's script, which the app's Content Security
 * Policy rightly refuses; this one browser context bypasses the CSP for the
 * scan only. The app keeps its CSP everywhere else (the other e2e files).
 */
async function scanPage(): Promise<Page> {
  const context = await explorer.browser.newContext({
    viewport: { width: 1280, height: 720 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(explorer.url);
  await waitForSettledGraph(page);
  return page;
}

describe('axe-core accessibility scan', () => {
  it.each(['light', 'dark'] as const)('finds no violation in the %s theme', async (theme) => {
    const page = await scanPage();
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Dark' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    }
    // A selection fills the details panel, which has the most controls.
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('node-details').waitFor();
    await screenshot(page, `axe-${theme}`);
    expect(await axeViolations(page)).toStrictEqual([]);

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await axeViolations(page)).toStrictEqual([]);
    await page.context().close();
  });
});
