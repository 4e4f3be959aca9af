/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import { openTestDriver } from '../support/driver.ts';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { read, typeCypher, waitForSettledGraph } from './support/page.ts';

let explorer: RunningExplorer;
let page: Page;
let saved: SavedQueryDto;

const RELATIONSHIPS_OF =
  'MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN e.name AS entity, type(r) AS relationship, o.name AS other, e, r, o';

beforeAll(async () => {
  explorer = await startExplorer();
  const response = await fetch(`${explorer.url}/api/queries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'E2E: relationships of an entity',
      description: 'Every relationship of the entity with the given id.',
      cypher: RELATIONSHIPS_OF,
      parameters: [{ name: 'id', type: 'node-id', description: 'Entity id, e.g. tiktok' }],
      tags: ['e2e'],
    }),
  });
  if (response.status !== 201)
    throw new Error(
      `Creating the saved query failed: ${String(response.status)} ${await response.text()}`,
    );
  saved = (await response.json()) as SavedQueryDto;
});

afterAll(async () => {
  await fetch(`${explorer.url}/api/queries/${saved.id}`, { method: 'DELETE' });
  await explorer.close();
});

beforeEach(async () => {
  page = await openPage(explorer);
});

afterEach(async () => {
  await page.context().close();
});

/** The same Cypher, asked of Neo4j directly: what the page must show. */
async function groundTruth(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<string[][]> {
  const driver = openTestDriver();
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((record) => record.keys.map((key) => String(record.get(key))));
  } finally {
    await driver.close();
  }
}

async function tableRows(p: Page): Promise<string[][]> {
  return p
    .locator('.results tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent)),
    );
}

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
    const expected = await groundTruth(
      'MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN e.name AS entity, type(r) AS relationship, o.name AS other',
      { id: 'bytedance' },
    );
    await page
      .getByText(
        new RegExp(`E2E: relationships of an entity: ${String(expected.length)} rows? in \\d+ ms`),
      )
      .waitFor();
    expect(await page.locator('.results thead th').allTextContents()).toEqual(
      expect.arrayContaining(['entity', 'relationship', 'other']),
    );
    const shown = (await tableRows(page)).map((row) => row.slice(0, 3));
    expect(shown.sort()).toStrictEqual(expected.sort());
    // The canvas holds exactly ByteDance and the entities the query returned.
    const neighbours = await groundTruth(
      'MATCH (:Entity {id: $id})-[]-(o:Entity) RETURN DISTINCT o.id AS id',
      { id: 'bytedance' },
    );
    await waitForSettledGraph(page, runs);
    expect(await read(page, 'visibleNodeIds')).toStrictEqual(
      [...new Set(['bytedance', ...neighbours.map(([id]) => id ?? '')])].sort(),
    );
    expect(page.url()).toContain(`query=${saved.id}`);
    await screenshot(page, '05-saved-query');
  });

  it('suggests entities for a node-id parameter, and stops an id that names none before the run', async () => {
    const runs: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/api/queries/${saved.id}/run`)) runs.push(request.url());
    });
    await page.getByRole('searchbox', { name: 'Filter saved queries by name or tag' }).fill('e2e');
    await page.getByRole('button', { name: /E2E: relationships of an entity/ }).click();
    const detail = page.getByTestId('saved-query-detail');
    const field = detail.getByLabel(/^id/);
    // Part of a name, as a user types it: the suggestions are entities found by search.
    await field.fill('Byte');
    const suggestions = detail.getByTestId('entity-suggestions').locator('option');
    await expect
      .poll(() =>
        suggestions.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      )
      .toContain('bytedance');
    expect(
      await suggestions.evaluateAll((options) =>
        options.map((o) => o.textContent).filter((label) => label === 'ByteDance'),
      ),
    ).toStrictEqual(['ByteDance']);

    await field.fill('no-such-entity');
    await detail.getByRole('button', { name: 'Run query' }).click();
    await expect
      .poll(() => detail.locator('.error').first().textContent())
      .toBe(
        'No entity has the id "no-such-entity". Type part of a name and pick a suggestion, or use the selected entity.',
      );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(runs).toStrictEqual([]);

    // Picking the suggestion fills in its id; the query then runs.
    await field.fill('bytedance');
    await detail.getByRole('button', { name: 'Run query' }).click();
    await page.getByText(/E2E: relationships of an entity: \d+ rows? in \d+ ms/).waitFor();
    expect(runs).toHaveLength(1);
  });

  it('runs ad-hoc Cypher and shows the rows Neo4j returns', async () => {
    const cypher =
      'MATCH (s:Entity)-[r:DENIES]->(c:Entity) RETURN s.name AS speaker, c.name AS denied ORDER BY speaker, denied';
    const expected = await groundTruth(cypher);
    expect(expected.length).toBeGreaterThan(0);
    await typeCypher(page, cypher);
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    await page.getByText(new RegExp(`: ${String(expected.length)} rows? in \\d+ ms`)).waitFor();
    expect(await page.locator('.results thead th').allTextContents()).toStrictEqual([
      'speaker',
      'denied',
    ]);
    expect(await tableRows(page)).toStrictEqual(expected);
  });

  it('shows a Cypher error inline, at its position in the query', async () => {
    await typeCypher(page, 'MATCH (n:Entity) RETRUN n');
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    const error = page.getByTestId('query-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    // The code the real server sends, not a fixture's.
    expect(text).toMatch(/^CYPHER_SYNTAX_ERROR: /);
    expect(text).toMatch(/At line 1, column \d+/);
    const column = Number(/column (\d+)/.exec(text)?.[1]);
    expect('MATCH (n:Entity) RETRUN n'.slice(column - 1)).toMatch(/^RETRUN/);
    await expect.poll(() => page.locator('.cm-cypher-error').textContent()).toBe('RETRUN');
    await screenshot(page, '06-cypher-error');
  });

  it('keeps the runs in the history tab, newest first', async () => {
    await typeCypher(page, 'MATCH (e:Entity {id: "tiktok"}) RETURN e.name AS name');
    await page.getByRole('button', { name: 'Run Cypher' }).click();
    await page.getByText(/: 1 row in \d+ ms/).waitFor();
    await page.getByRole('tab', { name: 'Saved queries' }).click();
    await page.getByRole('searchbox', { name: 'Filter saved queries by name or tag' }).fill('e2e');
    await page.getByRole('button', { name: /E2E: relationships of an entity/ }).click();
    const detail = page.getByTestId('saved-query-detail');
    await detail.getByLabel(/^id/).fill('oracle');
    await detail.getByRole('button', { name: 'Run query' }).click();
    await page.getByText(/E2E: relationships of an entity: \d+ rows? in \d+ ms/).waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    const items = page.getByRole('list', { name: 'Run history' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('E2E: relationships of an entity');
    expect(await items.nth(1).textContent()).toContain('tiktok');
  });
});
