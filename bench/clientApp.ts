import type { Page } from 'playwright-core';
import type { NewsgraphTestHook } from '../client/src/graph/instrumentation/testHookTypes.ts';
import {
  lastRenderSpan,
  paintedLayoutCount,
  waitForPaintedLayout,
  waitForQuietCanvas,
  type RenderSpan,
} from './pageProbes.ts';

/**
 * Drives the real app through its UI only, as a user would: the Cypher
 * console, the details panel, the export form. Timing comes from the page
 * (pageProbes.ts), never from round trips to this process.
 */

/** Opens the app (optionally on a shared-link fragment) and waits for its first drawn layout. */
export async function openApp(page: Page, serverUrl: string, fragment = ''): Promise<void> {
  await page.goto(`${serverUrl}/${fragment ? `#${fragment}` : ''}`);
  await waitForPaintedLayout(page, 0);
}

/**
 * Runs `cypher` in the console with "Replace canvas" and times it from
 * payload arrival to drawn layout. The results panel is opened first: the
 * app opens it with the first result, and the canvas it shrinks would be
 * redrawn whole once more by Cytoscape's own resize handling, a one-off
 * cost of the panel rather than of the graph.
 */
export async function renderQueryInApp(page: Page, cypher: string): Promise<RenderSpan> {
  const results = page.getByRole('group', { name: 'Panels' }).getByRole('button', {
    name: 'Results panel',
  });
  if ((await results.getAttribute('aria-pressed')) !== 'true') {
    await results.click();
    await waitForQuietCanvas(page);
  }
  await page.getByRole('tab', { name: 'Cypher' }).click();
  await page.getByRole('radio', { name: 'Replace canvas' }).check();
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(cypher);
  const before = await paintedLayoutCount(page);
  await page.getByRole('button', { name: 'Run Cypher' }).click();
  await waitForPaintedLayout(page, before);
  return lastRenderSpan(page);
}

/** What the canvas shows, through the read-only test hook. */
export function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const hook: NewsgraphTestHook | undefined = window.__newsgraph;
    if (!hook) throw new Error('The app has no test hook.');
    return { nodes: hook.visibleNodeIds().length, edges: hook.visibleEdgeIds().length };
  });
}

/** Records the time stamp of every click (real ones and the export's download link) in the page. */
async function recordClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { at: number; download: boolean }[] = [];
    (window as unknown as { __clicks: typeof log }).__clicks = log;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        log.push({ at: event.timeStamp, download: target?.hasAttribute('download') ?? false });
      },
      true,
    );
  });
}

function clicks(page: Page): Promise<{ at: number; download: boolean }[]> {
  return page.evaluate(
    () => (window as unknown as { __clicks: { at: number; download: boolean }[] }).__clicks,
  );
}

/**
 * Opens a shared link holding only `nodeId`, selected, picks `limit`
 * neighbours per expansion in the details panel and clicks Expand. Timed
 * from the click to the first frame drawn after the layout.
 */
export async function expandInApp(
  page: Page,
  serverUrl: string,
  nodeId: string,
  limit: number,
): Promise<RenderSpan & { nodes: number; edges: number }> {
  const id = encodeURIComponent(nodeId);
  await openApp(page, serverUrl, `v=1&layout=fcose&nodes=${id}&sel=${id}`);
  const details = page.getByTestId('node-details');
  await details.getByLabel('Neighbours per expansion').selectOption(String(limit));
  await recordClicks(page);
  const before = await paintedLayoutCount(page);
  await details.getByRole('button', { name: 'Expand', exact: true }).click();
  await waitForPaintedLayout(page, before);
  const clickedAt = (await clicks(page)).at(-1)?.at;
  if (clickedAt === undefined) throw new Error('The Expand click was not seen by the page.');
  return { ...(await lastRenderSpan(page, clickedAt)), ...(await visibleCounts(page)) };
}

/** Exports the canvas as a PNG at `scale` through the export form; click to download link, in ms. */
export async function exportPngInApp(
  page: Page,
  scale: number,
): Promise<{ exportMs: number; bytes: number }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const form = page.getByRole('form', { name: 'Export' });
  // The form's first select is its format; "Format" as a label also matches the legend's "format" hints.
  await form.locator('select').first().selectOption('png');
  await form.getByLabel('Scale').selectOption(String(scale));
  await recordClicks(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    form.getByRole('button', { name: 'Export' }).click(),
  ]);
  const log = await clicks(page);
  const clicked = log.find((c) => !c.download)?.at;
  const downloaded = log.find((c) => c.download)?.at;
  if (clicked === undefined || downloaded === undefined)
    throw new Error('The export click or its download link was not seen by the page.');
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return { exportMs: downloaded - clicked, bytes };
}
