import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticles, type SeedArticle } from '../../seed/src/index.ts';
import { openTestDriver } from '../support/driver.ts';
import { recordSummary } from '../support/summary.ts';
import { freshMainArticle, MAIN_ID } from '../integration/seed/helpers.ts';

async function seedCounts(
  driver: Driver,
): Promise<{ entities: number; relationships: number; sentences: number }> {
  const { records } = await driver.executeQuery(
    `
    CALL () { MATCH (e:Entity) WHERE $id IN e.articleIds RETURN count(e) AS entities }
    CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.articleIds RETURN count(r) AS relationships }
    CALL () { MATCH (s:Sentence {articleId: $id}) RETURN count(s) AS sentences }
    RETURN entities, relationships, sentences`,
    { id: MAIN_ID },
  );
  const record = records[0];
  return {
    entities: Number(record?.get('entities')),
    relationships: Number(record?.get('relationships')),
    sentences: Number(record?.get('sentences')),
  };
}

describe('concurrent seeders', () => {
  let driver: Driver;
  let article: SeedArticle;

  beforeAll(async () => {
    driver = openTestDriver();
    article = await freshMainArticle(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('neither duplicate nor lose data when three run at once', async () => {
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map(() => seedArticles({ driver, articles: [article] })),
    );
    const failures = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [String(outcome.reason)] : [],
    );
    const counts = await seedCounts(driver);
    recordSummary('concurrent seeders', { runs: 3, failed: failures.length, ...counts });
    expect(failures).toStrictEqual([]);
    expect(counts).toMatchObject({
      entities: article.entities.length,
      relationships: article.relationships.length,
    });
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) WITH e.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(id) AS duplicated',
    );
    expect(Number(records[0]?.get('duplicated'))).toBe(0);
  });
});
