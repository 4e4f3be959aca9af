/**
 * Re-seeding an edited article, conflicts that only Neo4j can reveal, and
 * `--reset`, which removes what the seeder owns and nothing else.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureSchema,
  loadArticles,
  removeArticles,
  resetSeedData,
  SeedConflictError,
  seedArticles,
  type SeedArticle,
} from '../../../seed/src/index.ts';
import { graphCounts } from '../../support/counts.ts';
import { openTestDriver } from '../../support/driver.ts';
import {
  dumpSeedData,
  FIXTURE_FOLDER,
  FIXTURE_ID,
  MAIN_FOLDER,
  MAIN_ID,
  runSeedCli,
  CLI_TEST_TIMEOUT_MS,
} from './helpers.ts';

const OWNED =
  'MATCH (n) WHERE (n:Entity OR n:Article OR n:Sentence OR n:ArticleDocument OR n:ArticleChange)';

describe('re-seeding and resetting', () => {
  let driver: Driver;
  let main: SeedArticle;
  let fixture: SeedArticle;

  beforeAll(async () => {
    driver = openTestDriver();
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    [main, fixture] = (await loadArticles([MAIN_FOLDER, FIXTURE_FOLDER])).map((l) => l.article) as [
      SeedArticle,
      SeedArticle,
    ];
  });

  // Every test starts from both articles seeded, whatever ran before it.
  beforeEach(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await seedArticles({ driver, articles: [main, fixture] });
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await driver.executeQuery("MATCH (q:SavedQuery {id: 'seed-reset-probe'}) DETACH DELETE q");
    await driver.executeQuery('MATCH (p:SeedResetProbe) DETACH DELETE p');
    await driver.close();
  });

  it('applies a changed entity type and changed endpoints of the article’s own data', async () => {
    await seedArticles({ driver, articles: [fixture] });
    const edited: SeedArticle = {
      ...fixture,
      entities: fixture.entities.map((e) =>
        e.id === 'students' ? { ...e, type: 'Organization' } : e,
      ),
      relationships: fixture.relationships.map((r) =>
        r.id === 'tiktok-popular-among-students' ? { ...r, from: 'students', to: 'tiktok' } : r,
      ),
    };
    const result = await seedArticles({ driver, articles: [edited] });
    expect(result.articles[0]?.retracted).toStrictEqual({ relationships: 1, entities: 0 });
    const dump = await dumpSeedData(driver, [FIXTURE_ID]);
    expect(dump.entities.find((e) => e.properties.id === 'students')?.labels).toStrictEqual([
      'Entity',
      'Organization',
    ]);
    const popular = dump.relationships.filter((r) => r.type === 'POPULAR_AMONG');
    expect(popular.map((r) => [r.properties.id, r.from, r.to])).toStrictEqual([
      ['tiktok-popular-among-students', 'students', 'tiktok'],
    ]);
    await seedArticles({ driver, articles: [fixture] });
    expect(
      (await dumpSeedData(driver, [FIXTURE_ID])).entities.find(
        (e) => e.properties.id === 'students',
      )?.labels,
    ).toStrictEqual(['Entity', 'Group']);
  });

  it('rolls back an article whose shared relationship id means something else in Neo4j', async () => {
    await seedArticles({ driver, articles: [main] });
    const before = await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID]);
    const counts = await graphCounts(driver);
    const reversed: SeedArticle = {
      ...fixture,
      relationships: fixture.relationships.map((r) =>
        r.id === 'bytedance-owns-tiktok' ? { ...r, from: 'tiktok', to: 'bytedance' } : r,
      ),
    };
    const attempt = seedArticles({ driver, articles: [reversed] });
    await expect(attempt).rejects.toThrow(SeedConflictError);
    await expect(attempt).rejects.toThrow(
      `Article "${FIXTURE_ID}" was not written: 1 OWNS relationship id(s) already exist in Neo4j between other entities`,
    );
    expect(await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID])).toStrictEqual(before);
    expect(await graphCounts(driver)).toStrictEqual(counts);
  });

  it(
    '--reset removes only Entity, Article, Sentence, ArticleDocument and ArticleChange nodes',
    async () => {
      const foreign = await driver.executeQuery(
        `${OWNED} AND NOT (n.id IN [$main, $fixture] OR n.articleId IN [$main, $fixture] OR any(a IN coalesce(n.articleIds, []) WHERE a IN [$main, $fixture])) RETURN count(n) AS n`,
        { main: MAIN_ID, fixture: FIXTURE_ID },
      );
      // Deleting another suite's seeded data would break the rule that tests clean up only their own.
      expect(
        Number(foreign.records[0]?.get('n')),
        'another suite left seeder-owned nodes behind',
      ).toBe(0);
      await driver.executeQuery(
        "CREATE (:SavedQuery {id: 'seed-reset-probe'}) CREATE (p:SeedResetProbe) WITH p MATCH (t:Entity {id: 'tiktok'}) CREATE (p)-[:PROBES]->(t)",
      );
      const ownedCount = async () =>
        Number((await driver.executeQuery(`${OWNED} RETURN count(n) AS n`)).records[0]?.get('n'));
      const entityIds = new Set([...main.entities, ...fixture.entities].map((e) => e.id));
      // Each seeded article's document, and a change record per content version it had.
      const bookkeeping = await driver.executeQuery(
        'MATCH (d:ArticleDocument) WHERE d.id IN $ids OPTIONAL MATCH (c:ArticleChange {articleId: d.id}) RETURN count(DISTINCT d) AS documents, count(c) AS changes',
        { ids: [MAIN_ID, FIXTURE_ID] },
      );
      expect(Number(bookkeeping.records[0]?.get('documents'))).toBe(2);
      const DOCUMENTS_AND_CHANGES = 2 + Number(bookkeeping.records[0]?.get('changes'));
      expect(DOCUMENTS_AND_CHANGES).toBeGreaterThanOrEqual(4);
      expect(await ownedCount()).toBe(entityIds.size + 2 + 18 + 4 + DOCUMENTS_AND_CHANGES);
      const before = await graphCounts(driver);
      const deleted = await resetSeedData({ driver });
      const after = await graphCounts(driver);
      expect(deleted.nodesDeleted).toBe(entityIds.size + 2 + 18 + 4 + DOCUMENTS_AND_CHANGES);
      expect(after.nodes).toBe(before.nodes - deleted.nodesDeleted);
      expect(await ownedCount()).toBe(0);
      const probes = await driver.executeQuery(
        "MATCH (q:SavedQuery {id: 'seed-reset-probe'}), (p:SeedResetProbe) RETURN count(*) AS n",
      );
      expect(Number(probes.records[0]?.get('n'))).toBe(1);
      expect(after.savedQueries).toBe(before.savedQueries);

      const run = await runSeedCli(['--reset', '--dir', FIXTURE_FOLDER]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        `seeded ${FIXTURE_ID}: 4 entities, 2 relationships, 4 sentences`,
      );
      expect((await dumpSeedData(driver, [FIXTURE_ID])).entities).toHaveLength(4);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it('rebuilds an entity_search index that covers other fields, and creates missing constraints', async () => {
    await driver.executeQuery('DROP INDEX entity_search IF EXISTS');
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX entity_search FOR (n:Entity) ON EACH [n.name]',
    );
    await driver.executeQuery('DROP CONSTRAINT fears_id IF EXISTS');
    await ensureSchema({ driver });
    const index = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = 'entity_search' RETURN labelsOrTypes, properties, state",
    );
    expect(index.records.map((r) => r.toObject())).toStrictEqual([
      { labelsOrTypes: ['Entity'], properties: ['name', 'aliasesText'], state: 'ONLINE' },
    ]);
    const fears = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'fears_id' RETURN type, labelsOrTypes, properties",
    );
    expect(fears.records.map((r) => r.toObject())).toStrictEqual([
      { type: 'RELATIONSHIP_UNIQUENESS', labelsOrTypes: ['FEARS'], properties: ['id'] },
    ]);
  });
});
