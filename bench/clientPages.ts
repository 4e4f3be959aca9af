import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { installProbes } from './pageProbes.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');

/** The bare page's origin; Playwright answers it from files, so no second server is needed. */
const BARE_ORIGIN = 'http://bare.bench';

/** What bench/bare/index.html loads, from the same packages the app bundles. */
const BARE_FILES: Record<string, string> = {
  '/index.html': path.join(import.meta.dirname, 'bare', 'index.html'),
  '/bare.js': path.join(import.meta.dirname, 'bare', 'bare.js'),
  '/vendor/cytoscape.min.js': path.join(NODE_MODULES, 'cytoscape', 'dist', 'cytoscape.min.js'),
  '/vendor/cytoscape-fcose.js': path.join(NODE_MODULES, 'cytoscape-fcose', 'cytoscape-fcose.js'),
  '/vendor/cose-base.js': path.join(NODE_MODULES, 'cose-base', 'cose-base.js'),
  '/vendor/layout-base.js': path.join(NODE_MODULES, 'layout-base', 'layout-base.js'),
};

/** The same viewport as the end-to-end tests. */
const VIEWPORT = { width: 1280, height: 720 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh context and page with the probes installed; errors in the page go to the log. */
export async function newProbedPage(browser: Browser, log: (line: string) => void): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  [page error] ${error.message}`));
  await installProbes(page);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Opens the bare page with an empty canvas of the given size. `webgl` asks
 * Cytoscape for its WebGL renderer, which throws when WebGL 2 is missing.
 */
export async function openBarePage(
  page: Page,
  renderer: 'canvas' | 'webgl',
  size: { canvasWidthPx: number; canvasHeightPx: number },
): Promise<void> {
  await page.route(`${BARE_ORIGIN}/**`, async (route) => {
    const file = BARE_FILES[new URL(route.request().url()).pathname];
    if (!file) {
      await route.fulfill({ status: 404, body: 'not part of the bare page' });
      return;
    }
    await route.fulfill({
      body: await readFile(file),
      contentType: file.endsWith('.html') ? 'text/html' : 'text/javascript',
    });
  });
  await page.goto(`${BARE_ORIGIN}/index.html`);
  await page.evaluate(
    ({ kind, width, height }) => {
      const bare = window as unknown as {
        createCanvas(kind: string, width: number, height: number): void;
      };
      bare.createCanvas(kind, width, height);
    },
    { kind: renderer, width: size.canvasWidthPx, height: size.canvasHeightPx },
  );
}
