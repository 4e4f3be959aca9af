/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { pagePosition, read, waitForSettledGraph } from './support/page.ts';

let explorer: RunningExplorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

/** What the focused element is: its id, else its text, so a failure says where focus went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.textContent.trim() || active?.tagName || null;
  });
const announced = (page: Page) => page.getByTestId('canvas-announcer').textContent();
const selected = (page: Page) => read(page, 'selectedIds');

/** The entity drawn nearest the middle of the canvas: surely on screen, for a real click. */
async function entityNearestCentre(page: Page): Promise<string> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The canvas is not on the page.');
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let best = { id: '', distance: Infinity };
  for (const id of await read(page, 'visibleNodeIds')) {
    const at = await pagePosition(page, id);
    const distance = Math.hypot(at.x - middle.x, at.y - middle.y);
    if (distance < best.distance) best = { id, distance };
  }
  return best.id;
}

/** The arrow key that points from one entity towards another on screen. */
async function arrowTowards(page: Page, from: string, to: string): Promise<string> {
  const a = await pagePosition(page, from);
  const b = await pagePosition(page, to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx > 0 ? 'ArrowRight' : 'ArrowLeft';
  return dy > 0 ? 'ArrowDown' : 'ArrowUp';
}

// What the live region says about each, from the article graph: name, type, relationships drawn.
const ANNOUNCED: Record<string, string> = {
  bytedance: 'ByteDance, Company, 1 relationship',
  tiktok: 'TikTok, Product, 1 relationship',
};

describe('the keyboard alone', () => {
  it('skip link → canvas → select → hear it → neighbour → relationship → expand → hide → undo', async () => {
    const page = await explorer.newPage();
    // Two entities and the one relationship between them, from a shared link.
    await page.goto(`${explorer.url}/#v=1&layout=fcose&nodes=bytedance,tiktok`);
    await waitForSettledGraph(page);
    expect(await read(page, 'visibleNodeIds')).toStrictEqual(['bytedance', 'tiktok']);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to graph');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('graph-canvas');

    // Nothing is selected yet: an arrow selects the entity nearest the middle of the view.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selected(page)).toHaveLength(1);
    const [start = ''] = await selected(page);
    const other = start === 'tiktok' ? 'bytedance' : 'tiktok';
    await expect.poll(() => announced(page)).toBe(ANNOUNCED[start]);

    await page.keyboard.press(await arrowTowards(page, start, other));
    await expect.poll(() => selected(page)).toStrictEqual([other]);
    await expect.poll(() => announced(page)).toBe(ANNOUNCED[other]);

    // R reaches the relationship itself, ] steps on to the neighbour across it.
    const [owns] = await page.evaluate(
      () => window.__newsgraph?.edgeIdsBetween('bytedance', 'tiktok') ?? [],
    );
    await page.keyboard.press('r');
    await expect.poll(() => selected(page)).toStrictEqual([owns]);
    await expect.poll(() => announced(page)).toBe('Relationship: ByteDance owns TikTok, narrated');
    await page.keyboard.press(']');
    await expect.poll(() => selected(page)).toStrictEqual([start]);

    const runs = await read(page, 'layoutRuns');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await read(page, 'visibleNodeIds')).length, { timeout: 10_000 })
      .toBeGreaterThan(2);
    await waitForSettledGraph(page, runs);
    const expanded = await read(page, 'visibleNodeIds');
    await expect.poll(() => announced(page)).toMatch(/, \d+ relationships$/);
    expect(await focused(page)).toBe('graph-canvas');
    await screenshot(page, 'keyboard-expanded');

    await page.keyboard.press('h');
    await expect.poll(() => read(page, 'visibleNodeIds')).not.toContain(start);
    expect(await selected(page)).toStrictEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => read(page, 'visibleNodeIds')).toStrictEqual(expanded);
    expect(await focused(page)).toBe('graph-canvas');
    await page.context().close();
  });

  it('a mouse click focuses the canvas, and menus and the help dialog give focus back', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    // Focus starts elsewhere, as after typing in the search box.
    await page.getByRole('combobox', { name: 'Search entities' }).focus();
    const target = await entityNearestCentre(page);
    const { x, y } = await pagePosition(page, target);
    await page.mouse.click(x, y);
    await expect.poll(() => selected(page)).toStrictEqual([target]);
    expect(await focused(page)).toBe('graph-canvas');
    await page.keyboard.press('h');
    await expect.poll(() => read(page, 'visibleNodeIds')).not.toContain(target);
    await page.keyboard.press('Control+z');
    await expect.poll(() => read(page, 'visibleNodeIds')).toContain(target);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selected(page)).toHaveLength(1);
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await focused(page)).toBe('Expand all');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('graph-canvas');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.getByRole('row').count()).toBeGreaterThan(10);
    await screenshot(page, 'keyboard-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('graph-canvas');
    await page.context().close();
  });
});
