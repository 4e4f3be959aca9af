/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';

// Editing a saved query in the UI against a server that guards writes with a token.
const TOKEN = 'e2e-write-token-4821';

let explorer: RunningExplorer;
let page: Page;
let query: SavedQueryDto;

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${explorer.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function storedQuery(): Promise<SavedQueryDto> {
  return (await (await api('GET', `/api/queries/${query.id}`)).json()) as SavedQueryDto;
}

beforeAll(async () => {
  explorer = await startExplorer({ writeToken: TOKEN });
});

afterAll(async () => {
  await explorer.close();
});

beforeEach(async () => {
  const response = await api('POST', '/api/queries', {
    name: `E2E edit ${String(Date.now())}`,
    description: 'A query the edit tests change.',
    cypher: 'MATCH (e:Entity) RETURN e.name AS name LIMIT 3',
    parameters: [],
    tags: ['e2e-edit'],
  });
  if (response.status !== 201) throw new Error(`Creating the query failed: ${response.status}`);
  query = (await response.json()) as SavedQueryDto;
  page = await openPage(explorer);
  await page
    .getByRole('searchbox', { name: 'Filter saved queries by name or tag' })
    .fill(query.name);
  await page.getByRole('button', { name: query.name }).click();
});

afterEach(async () => {
  await page.context().close();
  await api('DELETE', `/api/queries/${query.id}`);
});

async function renameInForm(name: string): Promise<void> {
  await page.getByTestId('saved-query-detail').getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit saved query' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Save' }).click();
}

describe('editing a saved query', () => {
  it('asks for the token before saving, refuses a wrong one, then saves with it', async () => {
    await page.getByTestId('saved-query-detail').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit saved query' });
    await form.getByLabel('Name').fill('E2E renamed with token');
    // Without a token, Save is disabled and says why, before any request fails.
    const save = form.getByRole('button', { name: 'Save' });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByTestId('access-note').textContent()).toBe(
      'Saving or deleting shared queries needs this server’s write token: enter it under “Write access”.',
    );
    // The token field is open beside the form that asks for it.
    const tokenField = page.getByLabel(/Token for saving queries/);
    expect(await tokenField.isVisible()).toBe(true);

    // A wrong token is the server's to refuse, and the form says so.
    await tokenField.fill('not-the-token-0000');
    await save.click();
    const error = page.getByTestId('query-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Saving needs write access/);
    expect((await storedQuery()).name).toBe(query.name);

    await tokenField.fill(TOKEN);
    await save.click();
    await page
      .getByTestId('saved-query-detail')
      .getByRole('heading', { name: 'E2E renamed with token' })
      .waitFor();
    expect(await storedQuery()).toMatchObject({
      name: 'E2E renamed with token',
      version: query.version + 1,
    });
  });

  it('explains a conflict with an edit saved meanwhile, and loses neither', async () => {
    // The field is open already: this server needs a token for edits.
    await page.getByLabel(/Token for saving queries/).fill(TOKEN);
    // Someone else saves a new version while this page still holds the old one.
    const other = await api('PUT', `/api/queries/${query.id}`, {
      name: 'E2E saved elsewhere',
      description: query.description,
      cypher: query.cypher,
      parameters: query.parameters,
      tags: query.tags,
      version: query.version,
    });
    expect(other.status).toBe(200);

    await renameInForm('E2E renamed here');
    const error = page.getByTestId('query-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/^VERSION_CONFLICT: /);
    expect(text).toMatch(/Someone else saved this query meanwhile/);
    expect(text).not.toMatch(/token/i);
    await screenshot(page, '07-saved-query-conflict');
    // The other edit stands; the form keeps this page's edit so it can be applied again.
    expect(await storedQuery()).toMatchObject({
      name: 'E2E saved elsewhere',
      version: query.version + 1,
    });
    expect(
      await page.getByRole('form', { name: 'Edit saved query' }).getByLabel('Name').inputValue(),
    ).toBe('E2E renamed here');
  });
});
