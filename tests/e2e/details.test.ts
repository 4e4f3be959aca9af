/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, startExplorer, type RunningExplorer } from './support/harness.ts';
import { searchAndPick } from './support/page.ts';

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
  page = await openPage(explorer);
});

afterAll(async () => {
  await explorer.close();
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
const quotesOf = async (panel: Locator) =>
  (await panel.locator('.quote').allTextContents()).map((quote) => quote.replace(/\s/g, ' '));

describe('the details panel', () => {
  it('shows an entity with its type, description, aliases and own properties', async () => {
    await searchAndPick(page, 'TikTok');
    const panel = page.getByTestId('node-details');
    await panel.getByRole('heading', { name: 'TikTok' }).waitFor();
    const paragraphs = await panel.locator(':scope > p').allTextContents();
    expect(paragraphs).toStrictEqual([
      'Product',
      'Short-video app and platform owned by ByteDance; the article also uses the name for the company that runs it.',
      'Also called: Tiktok, The famous short video platform, the platform',
    ]);
    expect(await propertyPairs(panel)).toStrictEqual([
      ['americanUsers', '150000000'],
      ['category', 'short-video platform'],
      ['id', 'tiktok'],
      ['type', 'Product'],
    ]);
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
    await node.getByRole('button', { name: '→ denies' }).first().click();
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
