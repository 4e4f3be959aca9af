/// <reference lib="dom" />
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, removeArticles, seedArticles } from '../../seed/src/index.ts';
import { openTestDriver } from '../support/driver.ts';
import { annotate, AuthoringServer, FOLLOW_UP_RELATIONSHIPS, pick } from './support/authoring.ts';
import { ARTIFACTS, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { waitForSettledGraph } from './support/page.ts';

// Issue #14's journey: a journalist adds the next article of the story in
// the app, annotates it by selecting its words, publishes it, checks its
// quotes, and undoes a change; every step is checked against the server.
const TOKEN = 'e2e-authoring-token-27182818';
const OUTLET = 'Newsgraph e2e desk';
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'follow-up.txt');
const TEXT = readFileSync(FIXTURE, 'utf8');
const AFP = 'afp-2023-03-24-china-tiktok-data';
const AFP_FOLDER = path.resolve(import.meta.dirname, '..', '..', 'seed', 'articles', AFP);
// Set to write the README's screenshots (docs/authoring-*.png) as well.
const DOC_SHOTS = process.env.NEWSGRAPH_DOC_SCREENSHOTS === '1';
const README_SHOTS = new Set(['import', 'suggestions', 'relationship']);

let explorer: RunningExplorer;
let server: AuthoringServer;
let page: Page;
let started = false;
let articleId = '';

async function removeOurArticles(): Promise<void> {
  const ours = (await server.documentIds()).filter((d) => d.outlet === OUTLET).map((d) => d.id);
  const driver = openTestDriver();
  try {
    if (ours.length > 0) await removeArticles({ driver, articleIds: ours });
    // Leave the AFP article as every other file expects it: seeded from its own folder.
    const [main] = await loadArticles([AFP_FOLDER]);
    if (main) await seedArticles({ driver, articles: [main.article], force: true });
  } finally {
    await driver.close();
  }
}

async function shot(name: string): Promise<void> {
  await screenshot(page, `authoring-${name}`);
  if (DOC_SHOTS && README_SHOTS.has(name)) {
    copyFileSync(
      path.join(ARTIFACTS, `authoring-${name}.png`),
      path.resolve(import.meta.dirname, '..', '..', 'docs', `authoring-${name}.png`),
    );
  }
}

/** Waits until the server's document has reached `version`: the click was a change. */
async function version(expected: number): Promise<void> {
  await expect.poll(async () => (await server.document(articleId)).version).toBe(expected);
}

/**
 * Waits for the server's version to reach `expected`; an error shown in
 * `where` fails at once. Publishing and undoing a published change rewrite
 * the shared graph, which takes longer on a loaded machine: they wait more.
 */
async function changed(where: Locator, expected: number, timeout = 15_000): Promise<void> {
  const error = where.getByTestId('change-error');
  await expect
    .poll(
      async () =>
        (await error.count()) > 0
          ? `error: ${(await error.textContent()) ?? ''}`
          : (await server.document(articleId)).version,
      { timeout },
    )
    .toBe(expected);
}

/** Sends a form; the server's error, if it answers one, fails the test with its words. */
async function submit(form: Locator, label: string, expected: number): Promise<void> {
  await form.getByRole('button', { name: label }).click();
  await changed(form, expected);
  await form.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  explorer = await startExplorer({ writeToken: TOKEN, writeTokenLabel: 'e2e journalist' });
  server = new AuthoringServer(explorer.url, TOKEN);
  await removeOurArticles();
  page = await explorer.newPage({ width: 1600, height: 1000 });
  await page.goto(explorer.url);
  await waitForSettledGraph(page);
  started = true;
  // Longer than the usual hook: the client build, the seed and the clean-up come first.
}, 300_000);

afterAll(async () => {
  if (!started) return;
  await page.context().close();
  await removeOurArticles();
  await explorer.close();
});

// One journey: each step builds on the one before, so the steps keep their order.
describe('adding the next article of the story', { shuffle: false }, () => {
  it('offers authoring only once the write token is given', async () => {
    const toggle = page.getByRole('button', { name: 'Authoring' });
    expect(await toggle.count()).toBe(0);
    const field = page.getByLabel(/Token for saving queries/);
    if (!(await field.isVisible())) await page.getByText('Write access', { exact: true }).click();
    await field.fill(TOKEN);
    await toggle.click();
    await page.getByTestId('authoring').waitFor();
  });

  it('imports the follow-up from a file; the draft opens at once', async () => {
    await page.getByRole('button', { name: 'Import article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an article' });
    await dialog.locator('input[name=file]').setInputFiles(FIXTURE);
    await expect
      .poll(() => dialog.locator('input[name=title]').inputValue())
      .toBe('After the hearing, TikTok faces new bans on official phones');
    await dialog.locator('input[name=outlet]').fill(OUTLET);
    await dialog.locator('input[name=publishedAt]').fill('2023-03-27');
    await dialog.locator('input[name=url]').fill('https://example.org/e2e/follow-up');
    await shot('import');
    await dialog.getByRole('button', { name: 'Import as draft' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('document-status').textContent()).toMatch(/^draft/);
    const ours = (await server.documentIds()).find((d) => d.outlet === OUTLET);
    if (!ours) throw new Error('the import is not listed');
    articleId = ours.id;
    const stored = await server.document(articleId);
    expect({ status: stored.status, version: stored.version, text: stored.text }).toStrictEqual({
      status: 'draft',
      version: 1,
      text: TEXT,
    });
    const option = page.getByRole('combobox', { name: 'Article to annotate' });
    expect(await option.locator('option:checked').textContent()).toBe(
      '[draft] After the hearing, TikTok faces new bans on official phones',
    );
  });

  it('reuses AFP entities through the suggestions, and creates new ones from selections', async () => {
    const suggestions = page.getByRole('region', { name: 'Suggested entities' });
    const reuse = [
      ['Shou Zi Chew', 'shou-zi-chew'],
      ['TikTok', 'tiktok'],
      ['ByteDance', 'bytedance'],
      ['Oracle', 'oracle'],
    ] as const;
    let v = 1;
    for (const [name] of reuse) {
      await suggestions.getByRole('button', { name: `Use this entity: ${name} → ${name}` }).click();
      await version((v += 1));
    }
    // The server has the version before the page has drawn its answer: wait for the page.
    await expect
      .poll(() => page.getByTestId('suggestion-counts').textContent())
      .toMatch(/ · 4 accepted$/);
    await shot('suggestions');

    const created: [string, string, string?][] = [
      ['House Energy and Commerce Committee', 'GovernmentBody'],
      ['Cathy McMorris Rodgers', 'Person'],
      ['New Zealand', 'Country'],
      ['French government', 'Government', 'Government of France'],
    ];
    for (const [phrase, type, name] of created) {
      const form = await annotate(page, phrase, 'Entity', 'Entity');
      expect(await form.locator('.selected-quote').textContent()).toBe(`Selected: “${phrase}”`);
      await form.locator('select[name=type]').selectOption(type);
      if (name) {
        await form.locator('select[name=as]').selectOption('alias');
        await form.locator('input[name=name]').fill(name);
      }
      await submit(form, 'Create entity', (v += 1));
    }
    // An alias for an entity that exists, found by typing part of its name.
    const alias = await annotate(page, 'the Chinese company ByteDance', 'Entity', 'Entity');
    await alias.getByRole('radio', { name: /an entity that exists/ }).check();
    await pick(alias, 'Entity', 'ByteD', 'ByteDance');
    await submit(alias, 'Add as alias', (v += 1));

    const doc = await server.document(articleId);
    const byId = new Map(doc.entities.map((e) => [e.id, e.aliases]));
    expect(doc.entities.length).toBeGreaterThanOrEqual(6);
    expect(reuse.every(([, id]) => byId.has(id))).toBe(true);
    expect(byId.get('bytedance')).toStrictEqual(['the Chinese company ByteDance']);
    expect(byId.get('government-of-france')).toStrictEqual(['French government']);
  });

  it('keeps the form through a version conflict, and sends it again after a reload', async () => {
    const form = await annotate(page, 'Washington', 'Entity', 'Entity');
    await form.locator('select[name=type]').selectOption('Place');
    await form.locator('input[name=description]').fill('Capital of the United States.');
    // Someone else changes the article meanwhile.
    const seen = (await server.document(articleId)).version;
    expect(await server.edit(articleId, seen, { kind: 'updateSource', language: 'en-US' })).toBe(
      200,
    );
    await form.getByRole('button', { name: 'Create entity' }).click();
    const error = form.getByTestId('change-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^VERSION_CONFLICT: /);
    expect((await server.document(articleId)).version).toBe(seen + 1);
    await form
      .getByRole('button', { name: /^Reload the article \(version \d+\); your form stays$/ })
      .click();
    await expect
      .poll(() => page.getByTestId('document-status').textContent())
      .toContain(`version ${String(seen + 1)}`);
    // Nothing typed was lost.
    expect(await form.locator('select[name=type]').inputValue()).toBe('Place');
    expect(await form.locator('input[name=description]').inputValue()).toBe(
      'Capital of the United States.',
    );
    await submit(form, 'Create entity', seen + 2);
    const washington = (await server.document(articleId)).entities.find(
      (e) => e.id === 'washington',
    );
    expect(washington).toMatchObject({
      type: 'Place',
      description: 'Capital of the United States.',
    });
  });

  it('creates relationships from selected quotes, a DENIES with its speaker, a claim and a second quote', async () => {
    let v = (await server.document(articleId)).version;
    const relationships = FOLLOW_UP_RELATIONSHIPS;
    for (const r of relationships) {
      const form = await annotate(page, r.quote, 'Relationship', 'Relationship');
      await pick(form, 'From', r.from[0], r.from[1]);
      await form.locator('select[name=type]').selectOption(r.type);
      await pick(form, 'To', r.to[0], r.to[1]);
      if (r.speaker) {
        // A stance type fixes the stance and the attribution; the speaker is asked for.
        expect(await form.locator('select[name=stance]').inputValue()).toBe('denies');
        await pick(form, 'Speaker', r.speaker[0], r.speaker[1]);
        await shot('relationship');
      }
      if (r.date) await form.locator('input[name=date]').fill(r.date);
      if (r.scope) await form.locator('input[name=scope]').fill(r.scope);
      await submit(form, 'Create relationship', (v += 1));
    }

    const claim = await annotate(
      page,
      'the app should be banned in the United States',
      'Claim',
      'Claim',
    );
    await claim.locator('input[name=name]').fill('TikTok should be banned in the United States');
    await pick(claim, 'Speaker', 'McMorris', 'Cathy McMorris Rodgers');
    await submit(claim, 'Create claim', (v += 1));

    // A second quote for an AFP relationship: ByteDance owns TikTok.
    const quote = await annotate(
      page,
      'TikTok is owned by the Chinese company ByteDance',
      'Quote for…',
      'Quote for a relationship',
    );
    await pick(quote, 'Relationship of', 'ByteD', 'ByteDance');
    await quote.getByRole('radio', { name: 'ByteDance OWNS TikTok' }).check();
    await submit(quote, 'Add quote', (v += 1));

    const doc = await server.document(articleId);
    const summary = doc.relationships.map((r) => [r.id, r.type, r.evidence.map((e) => e.quote)]);
    expect(summary).toStrictEqual([
      [
        'shou-zi-chew-testified-before-house-energy-and-commerce-committee',
        'TESTIFIED_BEFORE',
        [relationships[0]?.quote],
      ],
      [
        'cathy-mcmorris-rodgers-part-of-house-energy-and-commerce-committee',
        'PART_OF',
        [relationships[1]?.quote],
      ],
      [
        'shou-zi-chew-denies-claim-tiktok-gives-chinese-authorities-user-data',
        'DENIES',
        [relationships[2]?.quote],
      ],
      ['government-of-france-bans-tiktok', 'BANS', [relationships[3]?.quote]],
      ['new-zealand-bans-tiktok', 'BANS', [relationships[4]?.quote]],
      [
        'cathy-mcmorris-rodgers-asserts-claim-tiktok-should-be-banned-in-the-united-states',
        'ASSERTS',
        ['the app should be banned in the United States'],
      ],
      ['bytedance-owns-tiktok', 'OWNS', ['TikTok is owned by the Chinese company ByteDance']],
    ]);
    const denial = doc.relationships.find((r) => r.type === 'DENIES');
    expect(denial).toMatchObject({
      attribution: 'attributed',
      stance: 'denies',
      speaker: 'shou-zi-chew',
    });
  });

  it('publishes, and each new relationship shows its quote in the second article', async () => {
    const before = (await server.document(articleId)).version;
    await page.getByRole('button', { name: 'Publish' }).click();
    await changed(page.getByTestId('authoring'), before + 1, 60_000);
    expect((await server.document(articleId)).status).toBe('published');
    await expect
      .poll(() => page.getByTestId('document-status').textContent())
      .toMatch(/^published/);

    const doc = await server.document(articleId);
    const list = page.getByRole('region', { name: 'Relationships in this article' });
    for (const r of doc.relationships) {
      const [evidence] = r.evidence;
      if (!evidence) throw new Error(`${r.id} has no quote here`);
      await list.locator(`button[data-relationship="${r.id}"]`).click();
      const marked = page.getByTestId('annotated-text').locator('mark.focus');
      await expect
        .poll(() => marked.allTextContents().then((t) => t.join('')))
        .toBe(evidence.quote);
      // The shared graph has it too, with this article's quote.
      const shared = await server.relationship(r.id);
      expect(shared.status).toBe(200);
      expect(
        shared.body.edge.evidence.some(
          (e) => e.articleId === articleId && e.quote === evidence.quote,
        ),
      ).toBe(true);
    }
    const owns = await server.relationship('bytedance-owns-tiktok');
    expect([...new Set(owns.body.edge.evidence.map((e) => e.articleId))].sort()).toStrictEqual(
      [AFP, articleId].sort(),
    );
    await shot('published');
  });

  it('undoes one change through the history, and the graph loses it', async () => {
    await page.getByRole('button', { name: 'History' }).click();
    const history = await server.history(articleId);
    const change = history.changes.find((c) => c.summary.includes('new-zealand-bans-tiktok'));
    if (!change) throw new Error('no change made new-zealand-bans-tiktok');
    expect(history.changes.every((c) => c.author === 'e2e journalist')).toBe(true);
    const panel = page.getByRole('region', { name: 'History' });
    await panel
      .getByRole('button', { name: `Undo version ${String(change.version)}: ${change.summary}` })
      .click();
    await changed(panel, history.version + 1, 60_000);
    const after = await server.history(articleId);
    expect(after.changes[0]).toMatchObject({ kind: 'revert', revertOf: change.version });
    expect((await server.document(articleId)).relationships.map((r) => r.id)).not.toContain(
      'new-zealand-bans-tiktok',
    );
    expect((await server.relationship('new-zealand-bans-tiktok')).status).toBe(404);

    // Undoing it again cannot apply: the server says why, in place, and writes nothing.
    await panel
      .getByRole('button', { name: `Undo version ${String(change.version)}: ${change.summary}` })
      .click();
    const error = panel.getByTestId('change-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^REVERT_CONFLICT: Version \d+ cannot be reverted/);
    expect((await server.history(articleId)).version).toBe(history.version + 1);
    await panel.scrollIntoViewIfNeeded();
    await shot('history');
  });
});
