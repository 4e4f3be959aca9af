/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { searchAndPick } from './support/page.ts';
import { openTestDriver } from '../support/driver.ts';

/**
 * What the details panel shows for an entity and for a relationship, read
 * from the page: every field the seed stores and the panel shows (name, type,
 * description, aliases, user properties, attribution, stance, speaker, date,
 * every quote). The explore routes send typed DTOs; this pins that no field
 * the panel showed when it read a property bag went missing.
 */
let explorer: RunningExplorer;
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

// Each test starts from its own fresh start view: tests run shuffled, and
// a selection left by another test changed what the panel showed.
beforeEach(async () => {
  page = await openPage(explorer);
});

afterEach(async () => {
  await page.context().close();
});

/** The property list as [name, value] pairs, sorted by name (storage order is Neo4j's). */
async function propertyPairs(panel: Locator): Promise<[string, string][]> {
  const pairs = await panel
    .locator('dl.properties .property')
    .evaluateAll((rows) =>
      rows.map((row): [string, string] => [
        row.querySelector('dt')?.textContent ?? '',
        row.querySelector('dd')?.textContent ?? '',
      ]),
    );
  return pairs.sort(([a], [b]) => a.localeCompare(b));
}

/** The quotes shown, with the article's no-break spaces read as plain spaces. */
/**
 * What Neo4j stores, read past the API: the panel must show each stored
 * property but the internal ones (the full-text helper, the article list,
 * the evidence arrays, which it shows as quotes). Other test files may have
 * seeded more articles, which add aliases and relationships.
 */
async function stored(cypher: string, id: string): Promise<Record<string, unknown>> {
  const driver = openTestDriver();
  try {
    const { records } = await driver.executeQuery(cypher, { id });
    return records[0]?.get('properties') as Record<string, unknown>;
  } finally {
    await driver.close();
  }
}

const INTERNAL = /^(evidence|articleIds$|aliasesText$|name$|aliases$|description$)/;
const shownPairs = (properties: Record<string, unknown>): [string, string][] =>
  Object.entries(properties)
    .filter(([key]) => !INTERNAL.test(key))
    .map(([key, value]): [string, string] => [key, String(value)])
    .sort(([a], [b]) => a.localeCompare(b));

const quotesOf = async (panel: Locator) =>
  (await panel.locator('.quote').allTextContents()).map((quote) => quote.replace(/\s/g, ' '));

describe('the details panel', () => {
  it('shows an entity with its type, description, aliases and own properties', async () => {
    await searchAndPick(page, 'TikTok');
    const panel = page.getByTestId('node-details');
    await panel.getByRole('heading', { name: 'TikTok' }).waitFor();
    const properties = await stored(
      'MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties',
      'tiktok',
    );
    const paragraphs = await panel.locator(':scope > p').allTextContents();
    expect(paragraphs).toStrictEqual([
      'Product',
      'Short-video app and platform owned by ByteDance; the article also uses the name for the company that runs it.',
      `Also called: ${(properties.aliases as string[]).join(', ')}`,
    ]);
    expect(paragraphs[2]).toMatch(
      /^Also called: Tiktok, The famous short video platform, the platform/,
    );
    expect(await propertyPairs(panel)).toStrictEqual(shownPairs(properties));
    expect(await propertyPairs(panel)).toEqual(
      expect.arrayContaining([
        ['americanUsers', '150000000'],
        ['category', 'short-video platform'],
        ['id', 'tiktok'],
        ['type', 'Product'],
      ]),
    );
    await screenshot(page, 'details-entity-with-aliases');
  });

  it('shows a relationship with both of its quotes', async () => {
    await searchAndPick(page, 'TikTok');
    const node = page.getByTestId('node-details');
    await node.getByRole('heading', { name: 'TikTok' }).waitFor();
    await node.getByRole('button', { name: '← owns' }).click();
    const panel = page.getByTestId('edge-details');
    await panel.waitFor();
    expect(await panel.getByRole('heading').first().textContent()).toBe('ByteDance owns TikTok');
    expect(await panel.locator(':scope > p').allTextContents()).toStrictEqual(['Narrated fact']);
    expect(await quotesOf(panel)).toStrictEqual([
      '“in the hands of the Chinese group ByteDance”',
      '“TikTok is owned by the Chinese group ByteDance”',
    ]);
    expect(await propertyPairs(panel)).toStrictEqual([
      ['attribution', 'narrated'],
      ['id', 'bytedance-owns-tiktok'],
    ]);
    await screenshot(page, 'details-relationship-two-quotes');
  });

  it('shows an attributed relationship with its stance, speaker, date and own properties', async () => {
    await searchAndPick(page, 'China');
    const node = page.getByTestId('node-details');
    await node.getByRole('heading', { name: 'China', exact: true }).waitFor();
    await node
      .locator('li', { hasText: "China's government asks companies or individuals" })
      .getByRole('button', { name: '→ denies' })
      .click();
    const panel = page.getByTestId('edge-details');
    await panel.waitFor();
    await expect
      .poll(() => panel.locator(':scope > p').allTextContents())
      .toStrictEqual(['Attributed claim · denies']);
    expect(await panel.getByRole('heading').first().textContent()).toBe(
      "China denies China's government asks companies or individuals to collect or release data from foreign countries in a way that violates local law",
    );
    expect(await quotesOf(panel)).toStrictEqual([
      '“China ‘s government “has never asked and will not ask companies or individuals to collect or release data from foreign countries in a way that violates local law,” Mao Ning, a spokeswoman for China’s Ministry of Foreign Affairs, told a news conference”',
    ]);
    const properties = await stored(
      'MATCH ()-[r:DENIES {id: $id}]->() RETURN properties(r) AS properties',
      'china-denies-asking-for-foreign-data-violating-local-law',
    );
    expect(await propertyPairs(panel)).toStrictEqual(shownPairs(properties));
    expect(await propertyPairs(panel)).toStrictEqual([
      ['attribution', 'attributed'],
      ['date', '2023-03-24'],
      ['id', 'china-denies-asking-for-foreign-data-violating-local-law'],
      ['qualifier', 'has never asked and will not ask'],
      ['speaker', 'mao-ning'],
      ['stance', 'denies'],
    ]);
    await screenshot(page, 'details-relationship-attributed');
  });
});
