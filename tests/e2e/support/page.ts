import type { Page } from 'playwright-core';
import type { NewsgraphTestHook } from '../../../client/src/graph/instrumentation/testHookTypes.ts';

type HookMethod = {
  [K in keyof NewsgraphTestHook]: NewsgraphTestHook[K] extends () => unknown ? K : never;
}[keyof NewsgraphTestHook];

/** Calls one argument-less read accessor of `window.__newsgraph` in the page. */
export function read<K extends HookMethod>(
  page: Page,
  method: K,
): Promise<ReturnType<NewsgraphTestHook[K]>> {
  return page.evaluate((name) => {
    const hook = window.__newsgraph;
    if (!hook) throw new Error('The canvas is not ready (no window.__newsgraph).');
    return (hook[name] as () => unknown)();
  }, method) as Promise<ReturnType<NewsgraphTestHook[K]>>;
}

/** Waits until the graph is drawn and a layout newer than `afterRuns` has finished. */
export async function waitForSettledGraph(page: Page, afterRuns = 0): Promise<void> {
  await page.waitForFunction(
    (runs) => {
      const hook = window.__newsgraph;
      return (
        hook !== undefined &&
        hook.visibleNodeIds().length > 0 &&
        !hook.layoutRunning() &&
        hook.layoutRuns() > runs
      );
    },
    afterRuns,
    { timeout: 20_000 },
  );
}

/** Where an element is on the page, for real mouse clicks. */
export async function pagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate(
    (elementId) => window.__newsgraph?.pagePosition(elementId) ?? null,
    id,
  );
  if (!position) throw new Error(`"${id}" is not on the canvas.`);
  return position;
}

/** Types into the search box and picks the first hit with the keyboard. */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await box.press('Enter');
}

/**
 * Waits until an element stays at the same page position between two polls:
 * the viewport has finished animating (fit) or zooming (wheel).
 */
export async function waitForStillElement(page: Page, id: string): Promise<void> {
  let last = '';
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const now = JSON.stringify(await pagePosition(page, id));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${id}" kept moving on the page for 10 s.`);
}

/** Replaces the Cypher tab's query with `cypher`, as one input. */
export async function typeCypher(page: Page, cypher: string): Promise<void> {
  await page.getByRole('tab', { name: 'Cypher' }).click();
  await page.getByRole('textbox', { name: 'Cypher query' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  // CodeMirror closes brackets as they are typed; inserting the text as one input avoids that.
  await page.keyboard.insertText(cypher);
}
