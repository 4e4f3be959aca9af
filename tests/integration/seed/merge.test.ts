/**
 * Two articles that share entities (tiktok, bytedance) and one relationship
 * (bytedance-owns-tiktok): entities merge by id, evidence accumulates, and
 * re-seeding or removing one article touches only that article's share.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  loadArticles,
  removeArticles,
  seedArticles,
  type SeedArticle,
} from '../../../seed/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { dumpSeedData, FIXTURE_FOLDER, FIXTURE_ID, MAIN_FOLDER, MAIN_ID } from './helpers.ts';

describe('articles that share ids', () => {
  let driver: Driver;
  let main: SeedArticle;
  let fixture: SeedArticle;

  const entity = async (id: string) =>
    (await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID])).entities.find(
      (e) => e.properties.id === id,
    );
  const relationship = async (id: string) =>
    (await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID])).relationships.find(
      (r) => r.properties.id === id,
    );

  beforeAll(async () => {
    driver = openTestDriver();
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    const loaded = await loadArticles([MAIN_FOLDER, FIXTURE_FOLDER]);
    [main, fixture] = loaded.map((item) => item.article) as [SeedArticle, SeedArticle];
  });

  // Every test starts from both articles seeded together, so none depends on
  // what an earlier test left behind.
  beforeEach(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await seedArticles({ driver, articles: [main, fixture] });
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await driver.close();
  });

  it('merges shared entities by id and accumulates evidence from both articles', async () => {
    const ids = new Set([...main.entities, ...fixture.entities].map((e) => e.id));
    const dump = await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID]);
    expect(dump.entities.map((e) => e.properties.id)).toStrictEqual([...ids].sort());
    const shared = await driver.executeQuery(
      "MATCH ()-[r:OWNS {id: 'bytedance-owns-tiktok'}]->() RETURN count(r) AS n",
    );
    expect(Number(shared.records[0]?.get('n'))).toBe(1);

    expect(await entity('tiktok')).toMatchObject({
      labels: ['Entity', 'Product'],
      properties: {
        aliases: ['Tiktok', 'The famous short video platform', 'the platform', 'the app'],
        aliasesText: 'TikTok | Tiktok | The famous short video platform | the platform | the app',
        articleIds: [MAIN_ID, FIXTURE_ID],
        americanUsers: 150_000_000,
        fixtureNote: 'set by the second fixture',
      },
    });
    expect((await relationship('bytedance-owns-tiktok'))?.properties).toStrictEqual({
      articleIds: [MAIN_ID, FIXTURE_ID],
      attribution: 'narrated',
      evidenceArticleIds: [MAIN_ID, MAIN_ID, FIXTURE_ID],
      evidenceEnds: [508, 1868, 189],
      evidenceQuotes: [
        'in the hands of the Chinese group ByteDance',
        'TikTok\u00a0is owned by the Chinese group ByteDance',
        'TikTok, the app, is owned by the Chinese group ByteDance',
      ],
      evidenceSentenceIndexes: [3, 12, 2],
      evidenceStarts: [465, 1822, 133],
      id: 'bytedance-owns-tiktok',
    });
  });

  it('gives the same graph whatever order the articles are seeded in', async () => {
    const together = await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID]);
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await seedArticles({ driver, articles: [fixture] });
    await seedArticles({ driver, articles: [main] });
    const reversed = await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID]);
    // Aliases keep the order in which articles contributed them; everything else is identical.
    const withoutAliases = (dump: typeof together) => ({
      ...dump,
      entities: dump.entities.map((e) => ({
        ...e,
        properties: { ...e.properties, aliases: null, aliasesText: null, description: null },
      })),
    });
    expect(withoutAliases(reversed)).toStrictEqual(withoutAliases(together));
  });

  it('replaces only its own evidence when one article is seeded again, changed', async () => {
    const changed: SeedArticle = {
      ...fixture,
      entities: fixture.entities.filter((e) => e.id !== 'ada-example' && e.id !== 'students'),
      relationships: fixture.relationships
        .filter((r) => r.id === 'bytedance-owns-tiktok')
        .map((r) => ({
          ...r,
          evidence: [{ quote: 'owned by the Chinese group ByteDance', start: 153, end: 189 }],
        })),
    };
    expect(fixture.text.slice(153, 189)).toBe('owned by the Chinese group ByteDance');
    const result = await seedArticles({ driver, articles: [changed] });
    expect(result.articles[0]?.retracted).toStrictEqual({ relationships: 1, entities: 2 });

    expect((await relationship('bytedance-owns-tiktok'))?.properties).toMatchObject({
      articleIds: [MAIN_ID, FIXTURE_ID],
      evidenceArticleIds: [MAIN_ID, MAIN_ID, FIXTURE_ID],
      evidenceQuotes: [
        'in the hands of the Chinese group ByteDance',
        'TikTok\u00a0is owned by the Chinese group ByteDance',
        'owned by the Chinese group ByteDance',
      ],
      evidenceStarts: [465, 1822, 153],
    });
    expect(await relationship('tiktok-popular-among-students')).toBeUndefined();
    expect(await entity('ada-example')).toBeUndefined();
    const sentences = (await dumpSeedData(driver, [FIXTURE_ID])).sentences;
    expect(sentences.map((s) => s.relationshipIds)).toStrictEqual([
      [],
      [],
      ['bytedance-owns-tiktok'],
      [],
    ]);
  });

  it('leaves the other article intact when one is removed', async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, FIXTURE_ID] });
    await seedArticles({ driver, articles: [main] });
    const mainOnly = await dumpSeedData(driver, [MAIN_ID]);
    await seedArticles({ driver, articles: [fixture] });
    await removeArticles({ driver, articleIds: [FIXTURE_ID] });
    const afterRemoval = await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID]);
    // The fixture's alias "the app" stays: the AFP article's document lists it too (since
    // issue #14). An alias that no other document lists going away is covered by the
    // authoring tests (edits.test's revert, seed-and-import.test's --force).
    const tiktok = afterRemoval.entities.find((e) => e.properties.id === 'tiktok');
    expect(tiktok?.properties.aliases).toStrictEqual([
      'Tiktok',
      'The famous short video platform',
      'the platform',
      'the app',
    ]);
    // Nothing of the fixture stays: TikTok's description and the fixture's own
    // property `fixtureNote` are back to what the AFP article states (restate.ts).
    expect(afterRemoval).toStrictEqual(mainOnly);
  });

  it("gives shared entities back the remaining article's values as soon as the other is removed", async () => {
    // beforeEach seeded main, then the fixture: the article seeded last wins on
    // shared entities, so TikTok has the fixture's description now.
    const fixtureTiktok = fixture.entities.find((e) => e.id === 'tiktok');
    expect((await entity('tiktok'))?.properties.description).toBe(fixtureTiktok?.description);
    await removeArticles({ driver, articleIds: [FIXTURE_ID] });
    const stored = (await dumpSeedData(driver, [MAIN_ID, FIXTURE_ID])).entities.map((e) => ({
      id: e.properties.id,
      name: e.properties.name,
      type: e.properties.type,
      description: e.properties.description,
    }));
    const stated = main.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      description: e.description,
    }));
    const byId = (a: { id: unknown }, b: { id: unknown }) =>
      String(a.id).localeCompare(String(b.id));
    expect(stored.sort(byId)).toStrictEqual(stated.sort(byId));
    expect((await entity('tiktok'))?.properties).not.toHaveProperty('fixtureNote');
    // The graph is right without a re-seed, so the next seed has nothing to write.
    const again = await seedArticles({ driver, articles: [main] });
    expect(again.unchanged).toStrictEqual([MAIN_ID]);
  });

  it('takes off a property that the only article stating it drops on a re-seed', async () => {
    const mainTiktok = main.entities.find((e) => e.id === 'tiktok');
    expect(mainTiktok?.properties).toMatchObject({ americanUsers: 150_000_000 });
    const others = Object.fromEntries(
      Object.entries(mainTiktok?.properties ?? {}).filter(([key]) => key !== 'americanUsers'),
    );
    const withoutUsers: SeedArticle = {
      ...main,
      entities: main.entities.map((e) => (e.id === 'tiktok' ? { ...e, properties: others } : e)),
    };
    await seedArticles({ driver, articles: [withoutUsers] });
    const tiktok = (await entity('tiktok'))?.properties;
    expect(tiktok).not.toHaveProperty('americanUsers');
    expect(tiktok).toMatchObject({ ...others, fixtureNote: 'set by the second fixture' });
  });

  it('takes off a shared entity a property that the re-seeded article no longer states', async () => {
    const fixtureTiktok = fixture.entities.find((e) => e.id === 'tiktok');
    expect(fixtureTiktok?.properties).toStrictEqual({ fixtureNote: 'set by the second fixture' });
    const withoutNote: SeedArticle = {
      ...fixture,
      entities: fixture.entities.map((e) => (e.id === 'tiktok' ? { ...e, properties: {} } : e)),
    };
    await seedArticles({ driver, articles: [withoutNote] });
    const tiktok = (await entity('tiktok'))?.properties;
    expect(tiktok).not.toHaveProperty('fixtureNote');
    // What the AFP article states stays: its own property, and the fixture's description
    // (the fixture, written last, still states one).
    expect(tiktok).toMatchObject({
      americanUsers: 150_000_000,
      description: fixtureTiktok?.description,
    });
  });
});
