/**
 * Seeding the AFP article into the real `test` Neo4j: what is written, that
 * it matches the seed files, that a second run changes nothing, and that an
 * unchanged article is skipped by its content hash.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleContentHash,
  removeArticles,
  seedArticles,
  splitSentences,
  type SeedArticle,
} from '../../../seed/src/index.ts';
import { graphCounts, type GraphCounts } from '../../support/counts.ts';
import { openTestDriver } from '../../support/driver.ts';
import {
  dumpSeedData,
  freshMainArticle,
  MAIN_FOLDER,
  MAIN_ID,
  runSeedCli,
  CLI_TEST_TIMEOUT_MS,
} from './helpers.ts';

const countBy = (items: string[]) =>
  Object.fromEntries(
    [...new Set(items)].sort().map((key) => [key, items.filter((item) => item === key).length]),
  );

describe('seeding the AFP article', () => {
  let driver: Driver;
  let article: SeedArticle;
  let before: GraphCounts;
  // The first seeding happens here, not in a test, so that every test below
  // finds the article seeded whatever order the tests run in.
  let firstSeed: Awaited<ReturnType<typeof seedArticles>>;
  let afterFirstSeed: GraphCounts;

  beforeAll(async () => {
    driver = openTestDriver();
    article = await freshMainArticle(driver);
    before = await graphCounts(driver);
    firstSeed = await seedArticles({ driver, articles: [article] });
    afterFirstSeed = await graphCounts(driver);
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID] });
    const after = await graphCounts(driver);
    await driver.close();
    // The constraints and the full-text index stay: they are shared, idempotent schema.
    expect({ ...after, indexes: 0, constraints: 0 }).toStrictEqual({
      ...before,
      indexes: 0,
      constraints: 0,
    });
  });

  it('writes exactly the entities, relationships and sentences of the seed files', async () => {
    const result = firstSeed;
    const sentences = splitSentences(article.text).length;
    expect(sentences).toBe(18);
    const after = afterFirstSeed;
    // Plus the article's document and the change record of its first seed (documents.ts).
    expect(after.nodes - before.nodes).toBe(article.entities.length + 1 + sentences + 2);
    expect(after.relationships - before.relationships).toBe(
      article.relationships.length + sentences,
    );
    expect(result.counters).toMatchObject({
      nodesCreated: article.entities.length + 1 + sentences,
      relationshipsCreated: article.relationships.length + sentences,
      nodesDeleted: 0,
      relationshipsDeleted: 0,
    });

    const dump = await dumpSeedData(driver, [MAIN_ID]);
    expect(countBy(dump.entities.map((e) => String(e.properties.type)))).toStrictEqual(
      countBy(article.entities.map((e) => e.type)),
    );
    expect(countBy(dump.relationships.map((r) => r.type))).toStrictEqual(
      countBy(article.relationships.map((r) => r.type)),
    );
    expect(dump.entities.map((e) => e.properties.id)).toStrictEqual(
      article.entities.map((e) => e.id).sort(),
    );
    expect(dump.sentences).toHaveLength(sentences);
  });

  it('stores entities with their type label, aliases, aliasesText and flattened properties', async () => {
    const dump = await dumpSeedData(driver, [MAIN_ID]);
    expect(dump.entities.find((e) => e.properties.id === 'tiktok')).toStrictEqual({
      labels: ['Entity', 'Product'],
      properties: {
        aliases: ['Tiktok', 'The famous short video platform', 'the platform', 'the app'],
        aliasesText: 'TikTok | Tiktok | The famous short video platform | the platform | the app',
        americanUsers: 150_000_000,
        articleIds: [MAIN_ID],
        category: 'short-video platform',
        description:
          'Short-video app and platform owned by ByteDance; the article also uses the name for the company that runs it.',
        id: 'tiktok',
        name: 'TikTok',
        type: 'Product',
      },
    });
  });

  it('stores relationships with attribution, stance, speaker, date and parallel evidence arrays', async () => {
    const dump = await dumpSeedData(driver, [MAIN_ID]);
    const denial = dump.relationships.find(
      (r) => r.properties.id === 'china-denies-asking-companies-for-data-collected-abroad',
    );
    expect(denial).toStrictEqual({
      type: 'DENIES',
      from: 'china',
      to: 'claim-china-asks-companies-for-data-collected-abroad',
      properties: {
        articleIds: [MAIN_ID],
        attribution: 'attributed',
        date: '2023-03-24',
        evidenceArticleIds: [MAIN_ID, MAIN_ID, MAIN_ID],
        evidenceEnds: [80, 171, 330],
        evidenceQuotes: [
          'China claims it never asked companies to hand over data collected abroad',
          'China\u00a0has said it is not asking companies to provide it with data obtained abroad',
          'China\u00a0said on Friday that it “never” asks companies to hand over data collected abroad',
        ],
        evidenceSentenceIndexes: [0, 1, 2],
        evidenceStarts: [8, 90, 244],
        id: 'china-denies-asking-companies-for-data-collected-abroad',
        speaker: 'china',
        stance: 'denies',
      },
    });
    for (const { properties } of dump.relationships) {
      const quotes = properties.evidenceQuotes as string[];
      const starts = properties.evidenceStarts as number[];
      const ends = properties.evidenceEnds as number[];
      quotes.forEach((quote, i) => expect(article.text.slice(starts[i], ends[i])).toBe(quote));
    }
    const bans = dump.relationships.filter((r) => r.type === 'BANS');
    expect(bans.map((r) => [r.from, r.properties.scope, r.properties.timeframe])).toStrictEqual([
      ['british-government', "officials' professional devices", 'recently'],
      ['canadian-government', "officials' professional devices", 'recently'],
      ['european-commission', "officials' professional devices", 'recently'],
      [`${MAIN_ID}-other-organizations`, "officials' professional devices", 'recently'],
      ['white-house', "officials' professional devices", 'recently'],
    ]);
  });

  it('stores the article and its sentences with relationship ids and mentions', async () => {
    const dump = await dumpSeedData(driver, [MAIN_ID]);
    expect(dump.articles).toStrictEqual([
      {
        // What the next seed compares to skip an unchanged article.
        contentHash: articleContentHash(article),
        credit: '(With information from AFP)',
        id: MAIN_ID,
        language: 'en',
        outlet: 'Unknown outlet',
        outletStatus: 'unknown',
        provenanceNote: article.provenance?.note,
        publishedAt: '2023-03-24',
        publishedAtStatus: 'inferred',
        sentenceCount: 18,
        text: article.text,
        title:
          'TikTok: China claims it never asked companies to hand over data collected abroad [VIDEO]',
      },
    ]);
    expect(dump.sentences[17]).toStrictEqual({
      articleId: MAIN_ID,
      end: 2492,
      id: `${MAIN_ID}#17`,
      index: 17,
      mentionEnds: [2491],
      mentionEntityIds: ['afp'],
      mentionStarts: [2488],
      relationshipIds: ['article-reported-by-afp'],
      start: 2465,
      text: '(With information from AFP)',
    });
    expect(dump.sentences[8]).toMatchObject({
      text: 'External relationships.',
      relationshipIds: [],
    });
    expect(dump.sentences[5]?.mentionEntityIds).toStrictEqual([
      'shou-zi-chew',
      'shou-zi-chew',
      'us-congressmen',
      'china',
      'tiktok',
    ]);
  });

  it('creates the constraints and the entity_search full-text index the server relies on', async () => {
    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type WHERE name IN ['entity_id', 'article_id', 'sentence_id', 'owns_id', 'bans_id', 'testified_before_id', 'denies_id'] RETURN name, type ORDER BY name",
    );
    expect(
      constraints.records.map((r) => [String(r.get('name')), String(r.get('type'))]),
    ).toStrictEqual([
      ['article_id', 'UNIQUENESS'],
      ['bans_id', 'RELATIONSHIP_UNIQUENESS'],
      ['denies_id', 'RELATIONSHIP_UNIQUENESS'],
      ['entity_id', 'UNIQUENESS'],
      ['owns_id', 'RELATIONSHIP_UNIQUENESS'],
      ['sentence_id', 'UNIQUENESS'],
      ['testified_before_id', 'RELATIONSHIP_UNIQUENESS'],
    ]);
    const hits = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_search', 'Beijing') YIELD node RETURN node.id AS id",
    );
    expect(hits.records.map((r) => String(r.get('id')))).toContain('china');
  });

  it('changes nothing when run a second time', async () => {
    const countsBefore = await graphCounts(driver);
    const dumpBefore = await dumpSeedData(driver, [MAIN_ID]);
    // force: write it again, to test the write's own idempotence, not the hash skip below.
    const result = await seedArticles({ driver, articles: [article], force: true });
    expect(result.unchanged).toStrictEqual([]);
    expect(result.counters).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
    expect(await graphCounts(driver)).toStrictEqual(countsBefore);
    expect(await dumpSeedData(driver, [MAIN_ID])).toStrictEqual(dumpBefore);
  });

  it('skips an article whose content hash Neo4j records, and writes it again once it changes', async () => {
    const revision = async () =>
      Number(
        (
          await driver.executeQuery("MATCH (r:GraphRevision {id: 'graph'}) RETURN r.value AS value")
        ).records[0]?.get('value'),
      );
    const revisionBefore = await revision();
    const skipped = await seedArticles({ driver, articles: [article] });
    expect(skipped.unchanged).toStrictEqual([MAIN_ID]);
    expect(skipped.articles).toStrictEqual([]);
    expect(skipped.counters).toStrictEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
    expect(await revision()).toBe(revisionBefore);

    const edited = { ...article, title: `${article.title} (edited)` };
    const written = await seedArticles({ driver, articles: [edited] });
    expect(written.unchanged).toStrictEqual([]);
    expect(written.articles.map((a) => a.articleId)).toStrictEqual([MAIN_ID]);
    expect(await revision()).toBe(revisionBefore + 1);
    await seedArticles({ driver, articles: [article] });
    expect(await revision()).toBe(revisionBefore + 2);
  });

  it(
    'runs as `npm run seed` and prints the summary',
    async () => {
      const countsBefore = await graphCounts(driver);
      const run = await runSeedCli(['--dir', MAIN_FOLDER]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines.slice(-5)).toStrictEqual([
        `[seed] ${MAIN_ID}  "TikTok: China claims it never asked companies to hand over data collected abroad [VIDEO]"`,
        '[seed]   entities (40): Claim 12, Company 3, Country 2, Dataset 2, Event 1, Government 2, GovernmentBody 3, Group 5, Law 2, Organization 1, Person 2, Place 1, Product 3, Publication 1',
        '[seed]   relationships (63): ABOUT 21, ACKNOWLEDGED 1, ADMITTED 1, ASSERTS 5, BANS 5, BASED_IN 3, CAN_ACCESS 1, CEO_OF 1, CRITICIZES 2, DENIES 5, ENACTED 1, FEARS 1, MAY_BE_BANNED_IN 1, OPERATES_IN 1, OWNS 2, PART_OF 1, POPULAR_AMONG 1, PROMISED 1, RANKS_CLOSE_TO 1, REPORTED_BY 1, REQUIRES 1, SIMILAR_TO 1, SPOKE_AT 1, SPOKESPERSON_FOR 1, SUBJECT_TO 1, TESTIFIED_BEFORE 1, WILL_STORE_DATA_OF 1',
        '[seed]   evidence covers 17 of 18 sentences; not covered:',
        '[seed]     #8 "External relationships."',
      ]);
      expect(run.stdout).toContain(
        '0 nodes and 0 relationships created, 0 nodes and 0 relationships deleted',
      );
      expect(await graphCounts(driver)).toStrictEqual(countsBefore);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
