/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { useExplorerSession } from './support/lifecycle.ts';
import { pagePosition, read, waitForSettledGraph, waitForStillElement } from './support/page.ts';

const session = useExplorerSession();

const modelPosition = async (id: string) => {
  const page = session.page();
  const position = await page.evaluate((nodeId) => window.__newsgraph?.modelPosition(nodeId), id);
  if (!position) throw new Error(`"${id}" is not on the canvas.`);
  return position;
};
const classesOf = (id: string) =>
  session.page().evaluate((nodeId) => window.__newsgraph?.classesOf(nodeId), id);
/** Rounded to whole model units, so that a sub-pixel difference does not fail the comparison. */
const rounded = ({ x, y }: { x: number; y: number }) => ({ x: Math.round(x), y: Math.round(y) });

describe('dragging an entity', () => {
  it('pins it where it is dropped; undo puts it back where it was, redo pins it again', async () => {
    const page = session.page();
    await waitForSettledGraph(page);
    await page.getByRole('button', { name: 'Fit' }).click();
    await waitForStillElement(page, 'tiktok');
    const before = await modelPosition('tiktok');
    const start = await pagePosition(page, 'tiktok');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 80, start.y + 50, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => classesOf('tiktok')).toContain('pinned');
    const dropped = await modelPosition('tiktok');
    expect(Math.hypot(dropped.x - before.x, dropped.y - before.y)).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => classesOf('tiktok')).not.toContain('pinned');
    await expect
      .poll(async () => rounded(await modelPosition('tiktok')))
      .toStrictEqual(rounded(before));
    expect(await read(page, 'layoutRunning')).toBe(false);

    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => classesOf('tiktok')).toContain('pinned');
    await expect
      .poll(async () => rounded(await modelPosition('tiktok')))
      .toStrictEqual(rounded(dropped));
  });
});
