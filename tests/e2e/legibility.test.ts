/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { pagePosition, read, searchAndPick, waitForSettledGraph } from './support/page.ts';

let explorer: RunningExplorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

/** The smallest label an entity gets on screen, over every visible entity. */
const MIN_LABEL_PX = 11;

describe.each([
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
])('the start view at $width×$height', (size) => {
  it('draws every entity label at a readable size, on a canvas that gets most of the width', async () => {
    const page = await explorer.newPage(size);
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    const viewport = await read(page, 'viewport');
    const sizes = await read(page, 'entityLabelSizes');
    await screenshot(page, `legibility-${String(size.width)}x${String(size.height)}`);
    expect(Object.keys(sizes).length).toBeGreaterThan(10);
    const small = Object.entries(sizes).filter(([, px]) => px < MIN_LABEL_PX);
    expect(small).toStrictEqual([]);
    expect(viewport.width / size.width).toBeGreaterThanOrEqual(0.5);
    await page.context().close();
  });
});

/** Where on the page the canvas is. */
async function canvasBox(page: Page) {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The canvas is not on the page.');
  return box;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('the view follows the user', () => {
  it('a search pick off screen is brought to the middle of the canvas', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    // Zoomed in on the middle, most entities are off screen.
    await page.getByTestId('graph-canvas').focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('+');
    const box = await canvasBox(page);
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const offScreen = [];
    for (const id of await read(page, 'visibleNodeIds')) {
      const at = await pagePosition(page, id);
      if (at.x < box.x || at.x > box.x + box.width || at.y < box.y || at.y > box.y + box.height)
        offScreen.push(id);
    }
    expect(offScreen).toContain('afp');

    await searchAndPick(page, 'AFP');
    await expect.poll(() => read(page, 'selectedIds')).toStrictEqual(['afp']);
    await expect
      .poll(async () => distance(await pagePosition(page, 'afp'), middle), { timeout: 5_000 })
      .toBeLessThan(3);
    await screenshot(page, 'search-pick-centred');
    await page.context().close();
  });

  it('the zoom buttons keep the selected entity where it is on screen', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    // An entity away from the middle, so that zooming about the middle would move it.
    const box = await canvasBox(page);
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    let target = '';
    for (const id of await read(page, 'visibleNodeIds')) {
      const at = await pagePosition(page, id);
      const inside =
        at.x > box.x + 40 &&
        at.x < box.x + box.width - 40 &&
        at.y > box.y + 40 &&
        at.y < box.y + box.height - 40;
      if (inside && distance(at, middle) > 120) target = id;
    }
    expect(target).not.toBe('');
    const before = await pagePosition(page, target);
    await page.mouse.click(before.x, before.y);
    await expect.poll(() => read(page, 'selectedIds')).toStrictEqual([target]);
    const zoom = (await read(page, 'viewport')).zoom;

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await read(page, 'viewport')).zoom).toBeCloseTo(zoom * 1.25, 5);
    expect(distance(await pagePosition(page, target), before)).toBeLessThan(3);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await read(page, 'viewport')).zoom).toBeCloseTo(zoom * 0.8, 5);
    expect(distance(await pagePosition(page, target), before)).toBeLessThan(3);
    await page.context().close();
  });

  it('a shortened claim label shows its full text on hover and while selected from the keyboard', async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url);
    await waitForSettledGraph(page);
    const box = await canvasBox(page);
    let claim: { id: string; label: string; name: string } | null = null;
    for (const id of await read(page, 'visibleNodeIds')) {
      const label = await page.evaluate((nodeId) => window.__newsgraph?.labelOf(nodeId), id);
      const at = await pagePosition(page, id);
      const inside =
        at.x > box.x + 40 &&
        at.x < box.x + box.width - 40 &&
        at.y > box.y + 40 &&
        at.y < box.y + box.height - 60;
      if (label && label.label !== label.name && inside) {
        claim = { id, ...label };
        break;
      }
    }
    if (!claim) throw new Error('No shortened label on screen.');
    expect(claim.label.endsWith('…')).toBe(true);
    const tooltip = page.getByTestId('label-tooltip');
    const tipText = () =>
      page.evaluate(
        () => document.querySelector('[data-testid="label-tooltip"]')?.textContent ?? null,
      );

    const at = await pagePosition(page, claim.id);
    await page.mouse.move(at.x - 40, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    await expect.poll(tipText).toBe(claim.name);
    await screenshot(page, 'claim-tooltip');
    // Selected (the click also focuses the canvas), the tip stays when the pointer leaves.
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(box.x + 2, box.y + 2, { steps: 5 });
    await expect.poll(tipText).toBe(claim.name);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
