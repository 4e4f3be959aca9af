/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '../../server/src/contract.ts';
import { screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { read, waitForSettledGraph } from './support/page.ts';

let explorer: RunningExplorer;
let page: Page;
let saved: SavedQueryDto;

beforeAll(async () => {
  explorer = await startExplorer();
  const response = await fetch(`${explorer.url}/api/queries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'E2E: relationships of an entity',
      description: 'Every relationship of the entity with the given id.',
      cypher:
        'MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN e.name AS entity, type(r) AS relationship, o.name AS other, e, r, o',
      parameters: [{ name: 'id', type: 'node-id', description: 'Entity id, e.g. tiktok' }],
      tags: ['e2e'],
    }),
  });
  if (response.status !== 201)
    throw new Error(
      `Creating the saved query failed: ${String(response.status)} ${await response.text()}`,
    );
  saved = (await response.json()) as SavedQueryDto;
  page = await explorer.newPage();
  await page.goto(explorer.url);
  await waitForSettledGraph(page);
});

afterAll(async () => {
  await fetch(`${explorer.url}/api/queries/${saved.id}`, { method: 'DELETE' });
  await explorer.close();
});

describe('saved queries and Cypher', () => {
  it('runs a saved query with a parameter, replacing the canvas and filling the table', async () => {
    await page.getByRole('searchbox', { name: 'Filter saved queries by name or tag' }).fill('e2e');
    await page.getByRole('button', { name: /E2E: relationships of an entity/ }).click();
    const detail = page.getByTestId('saved-query-detail');
    await detail.getByRole('button', { name: 'Run query' }).click();
    await expect
      .poll(() => detail.locator('.error').first().textContent())
      .toMatch(/Enter an entity id/);

    await detail.getByLabel(/^id/).fill('bytedance');
    await page.getByRole('radio', { name: 'Replace canvas' }).check();
    const runs = await read(page, 'layoutRuns');
    await detail.getByRole('button', { name: 'Run query' }).click();
    await page.getByText(/E2E: relationships of an entity: \d+ rows? in \d+ ms/).waitFor();
    await expect.poll(() => read(page, 'visibleNodeIds')).toContain('tiktok');
    const nodes = await read(page, 'visibleNodeIds');
    expect(nodes).toContain('bytedance');
    expect(nodes).not.toContain('oracle');
    const rows = await page.locator('.results tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('.results thead th').allTextContents()).toEqual(
      expect.arrayContaining(['entity', 'relationship', 'other']),
    );
    expect(page.url()).toContain(`query=${saved.id}`);
    await waitForSettledGraph(page, runs);
    await screenshot(page, '05-saved-query');
  });

  it('shows a Cypher error inline, at its position in the query', async () => {
    await page.getByRole('tab', { name: 'Cypher' }).click();
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('MATCH (n:Entity) RETRUN n');
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    const error = page.getByTestId('query-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/At line 1, column \d+/);
    const column = Number(/column (\d+)/.exec(text)?.[1]);
    expect('MATCH (n:Entity) RETRUN n'.slice(column - 1)).toMatch(/^RETRUN/);
    await expect.poll(() => page.locator('.cm-cypher-error').textContent()).toBe('RETRUN');
    await screenshot(page, '06-cypher-error');
  });

  it('keeps the runs in the history tab', async () => {
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('list', { name: 'Run history' });
    expect(await history.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await history.textContent()).toContain('E2E: relationships of an entity');
  });
});
