import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/harness.ts';
import { useExplorerSession } from './support/lifecycle.ts';
import { typeCypher } from './support/page.ts';

// The header says which access mode the server is in, and the controls a
// user may not use are disabled with the reason, before any request fails.
const TOKEN = 'e2e-access-token-5173';

/** Counts the app's POSTs to /api/cypher, to show a disabled Run sent nothing. */
function cypherPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/cypher')
      posts.push(request.postData() ?? '');
  });
  return posts;
}

async function selectStarterQuery(page: Page): Promise<void> {
  await page.getByRole('list', { name: 'Saved queries' }).getByRole('button').first().click();
  await page.getByTestId('saved-query-detail').waitFor();
}

describe('in shared mode with ad-hoc Cypher for token holders', () => {
  const session = useExplorerSession({
    writeToken: TOKEN,
    access: { mode: 'shared', adhocCypher: 'token', hostIsPrivate: false },
  });

  it('says so in the header, and keeps edits and ad-hoc Cypher for the token', async () => {
    const page = session.page();
    const posts = cypherPosts(page);
    const badge = page.getByTestId('access-badge');
    await expect.poll(() => badge.textContent()).toBe('Shared mode · read only');
    expect(await badge.getAttribute('title')).toBe(
      'Shared mode: several people use this server. Everyone may explore and run saved queries; ad-hoc Cypher and edits need the write token. Queries stop after 5 s and 1000 rows.',
    );

    await selectStarterQuery(page);
    const detail = page.getByTestId('saved-query-detail');
    expect(await detail.getByRole('button', { name: 'Delete' }).isDisabled()).toBe(true);
    expect(await detail.getByTestId('access-note').textContent()).toBe(
      'Saving or deleting shared queries needs this server’s write token: enter it under “Write access”.',
    );
    // Saved queries still run for everyone.
    expect(await detail.getByRole('button', { name: 'Run query' }).isEnabled()).toBe(true);

    await typeCypher(page, 'MATCH (e:Entity) RETURN count(e) AS entities');
    const run = page.getByRole('button', { name: 'Run Cypher' });
    expect(await run.isDisabled()).toBe(true);
    expect(await page.locator('.cypher-console').getByTestId('access-note').textContent()).toMatch(
      /^This server runs ad-hoc Cypher only for holders of its write token/,
    );
    // Ctrl+Enter is refused as well: nothing reaches the server.
    await page.getByRole('textbox', { name: 'Cypher query' }).press('Control+Enter');
    // The token field is open, because the disabled controls point to it.
    const tokenField = page.getByLabel(/Token for saving queries/);
    expect(await tokenField.isVisible()).toBe(true);
    await screenshot(page, 'access-shared-read-only');
    expect(posts).toStrictEqual([]);

    await tokenField.fill(TOKEN);
    await expect.poll(() => badge.textContent()).toBe('Shared mode · write token entered');
    expect(await run.isEnabled()).toBe(true);
    await run.click();
    await page.getByText(/: 1 row in \d+ ms/).waitFor();
    expect(posts).toHaveLength(1);
    expect(await page.locator('.cypher-console').getByTestId('access-note').count()).toBe(0);
  });
});

describe('in local mode', () => {
  const session = useExplorerSession();

  it('says so, and leaves every control enabled with the token field closed', async () => {
    const page = session.page();
    const badge = page.getByTestId('access-badge');
    await expect.poll(() => badge.textContent()).toBe('Local mode');
    await selectStarterQuery(page);
    const detail = page.getByTestId('saved-query-detail');
    expect(await detail.getByRole('button', { name: 'Delete' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('access-note').count()).toBe(0);
    expect(await page.getByLabel(/Token for saving queries/).isVisible()).toBe(false);
    await typeCypher(page, 'RETURN 1 AS one');
    expect(await page.getByRole('button', { name: 'Run Cypher' }).isEnabled()).toBe(true);
  });
});
