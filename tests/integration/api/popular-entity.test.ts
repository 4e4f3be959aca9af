/**
 * An entity named in many articles: its details must cost in proportion to
 * its relationships, not to its articles times its relationships. The
 * query behind "Articles naming it" scanned every relationship once per
 * article, and on the bench graph (an entity in 1 000 articles with 120 000
 * relationships) it ran past the time limit, so the details panel of any
 * popular entity failed. Judged by Neo4j's own count of database hits in a
 * PROFILE, which does not depend on the machine's speed.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticles, seedArticles, type SeedArticle } from '../../../seed/src/index.ts';
import { NODE_ARTICLES } from '../../../server/src/graph/queries/explore.ts';
import { openTestDriver } from '../../support/driver.ts';

const POPULAR = 'popular-test-corp';
const PER_ARTICLE = 10;

/** Article `index`: the popular entity owns ten things, one sentence each. */
function article(index: number): SeedArticle {
  const owned = Array.from(
    { length: PER_ARTICLE },
    (_, i) => `popular-test-thing-${String(index)}-${String(i)}`,
  );
  let text = `Report ${String(index)}\n\n`;
  const relationships = owned.map((id, i) => {
    const quote = `Popular Corp owns Thing ${String(index)}.${String(i)}`;
    const start = text.length;
    text += `${quote}. `;
    return {
      id: `popular-test-owns-${String(index)}-${String(i)}`,
      from: POPULAR,
      to: id,
      type: 'OWNS' as const,
      attribution: 'narrated' as const,
      properties: {},
      evidence: [{ quote, start, end: start + quote.length }],
    };
  });
  return {
    id: `popular-test-article-${String(index)}`,
    title: `Report ${String(index)}`,
    outlet: 'Test Wire',
    publishedAt: '2023-03-24',
    language: 'en',
    text: `${text.trimEnd()}\n`,
    entities: [
      {
        id: POPULAR,
        name: 'Popular Corp',
        type: 'Company',
        aliases: [],
        description: 'Named in every test report.',
        properties: {},
      },
      ...owned.map((id, i) => ({
        id,
        name: `Thing ${String(index)}.${String(i)}`,
        type: 'Product' as const,
        aliases: [],
        description: 'Owned by Popular Corp.',
        properties: {},
      })),
    ],
    relationships,
  };
}

/** Database hits of the whole plan, and the rows. */
async function profileArticles(driver: Driver): Promise<{ dbHits: number; rows: number[] }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${NODE_ARTICLES}`, { id: POPULAR });
    let dbHits = 0;
    const visit = (step: { dbHits: number; children: unknown[] }) => {
      dbHits += step.dbHits;
      for (const child of step.children) visit(child as typeof step);
    };
    const profile = result.summary.profile;
    if (!profile) throw new Error('no profile');
    visit(profile);
    return { dbHits, rows: result.records.map((r) => Number(r.get('evidenceCount'))) };
  } finally {
    await session.close();
  }
}

describe('details of an entity named in many articles', () => {
  let driver: Driver;
  const articles = Array.from({ length: 40 }, (_, index) => article(index));

  beforeAll(() => {
    driver = openTestDriver();
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: articles.map((a) => a.id) });
    await driver.close();
  });

  it('lists its articles at a cost that grows with its relationships, not articles × relationships', async () => {
    await seedArticles({ driver, articles: articles.slice(0, 20), force: true });
    const twenty = await profileArticles(driver);
    await seedArticles({ driver, articles: articles.slice(20), force: true });
    const forty = await profileArticles(driver);
    // Every article is listed, with its ten quotes.
    expect(twenty.rows).toEqual(Array.from({ length: 20 }, () => PER_ARTICLE));
    expect(forty.rows).toEqual(Array.from({ length: 40 }, () => PER_ARTICLE));
    // Twice the articles and relationships: about twice the hits when linear, four times when
    // each article rescans every relationship (3.8× before the one-pass query).
    expect(forty.dbHits / twenty.dbHits).toBeLessThan(2.6);
  });
});
