/**
 * The AFP article's seed data, checked against its text: offsets, the
 * vocabulary, and the statements the article must be represented by.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from './load.ts';
import type { SeedArticle, SeedRelationship } from './model.ts';
import { summarizeArticle } from './summary.ts';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '@newsgraph/model';

const SLUG = 'afp-2023-03-24-china-tiktok-data';
let article: SeedArticle;

beforeAll(async () => {
  const [loaded] = await loadArticles([path.join(import.meta.dirname, '..', 'articles', SLUG)]);
  if (!loaded) throw new Error('the AFP article did not load');
  article = loaded.article;
});

/** A relationship reduced to what a reader checks: who, what, whom, how and when. */
function statement(r: SeedRelationship): string {
  const how = r.attribution === 'attributed' ? ` [${r.stance ?? ''} by ${r.speaker ?? ''}]` : '';
  return `${r.from} ${r.type} ${r.to}${how}${r.date ? ` @${r.date}` : ''}${r.scope ? ` (${r.scope})` : ''}`;
}

describe(`the ${SLUG} seed`, () => {
  it('keeps the text verbatim, glitches included', () => {
    expect(article.text.startsWith('TikTok: China claims it never asked companies')).toBe(true);
    expect(article.text).toContain('told a news conference. External relationships.\n');
    expect(
      article.text.endsWith(
        '\n\nh platform, and ranks very close to Netflix, according to Insider Intelligence.\u00a0(With information from AFP)',
      ),
    ).toBe(true);
  });

  it('has every quote at its offsets', () => {
    const quotes = article.relationships.flatMap((r) => r.evidence);
    expect(quotes.length).toBeGreaterThan(article.relationships.length);
    for (const { quote, start, end } of quotes) expect(article.text.slice(start, end)).toBe(quote);
  });

  it('uses only vocabulary types, including OWNS, BANS, TESTIFIED_BEFORE and DENIES', () => {
    const used = new Set(article.relationships.map((r) => r.type));
    for (const type of used) expect(RELATIONSHIP_TYPES).toContain(type);
    for (const entity of article.entities) expect(ENTITY_TYPES).toContain(entity.type);
    for (const type of ['OWNS', 'BANS', 'TESTIFIED_BEFORE', 'DENIES'] as const)
      expect(used.has(type)).toBe(true);
  });

  it('represents the statements the article makes', () => {
    const statements = article.relationships.map(statement);
    expect(statements).toEqual(
      expect.arrayContaining([
        'bytedance OWNS tiktok',
        'bytedance OWNS bytedance-china-app',
        ...[
          'white-house',
          'european-commission',
          'canadian-government',
          'british-government',
          `${SLUG}-other-organizations`,
        ].map((who) => `${who} BANS tiktok (officials' professional devices)`),
        'shou-zi-chew CEO_OF tiktok',
        'shou-zi-chew TESTIFIED_BEFORE us-congressmen @2023-03-23',
        'us-congressmen FEARS claim-china-could-use-tiktok-to-spy [fears by us-congressmen]',
        'china DENIES claim-china-asks-companies-for-data-collected-abroad [denies by china] @2023-03-24',
        'china DENIES claim-china-asks-for-foreign-data-violating-local-law [denies by mao-ning] @2023-03-24',
        'tiktok DENIES claim-tiktok-gives-chinese-authorities-user-data [denies by tiktok]',
        'shou-zi-chew ADMITTED claim-some-american-data-subject-to-chinese-law [admits by shou-zi-chew] @2023-03-23',
        'tiktok-american-user-data SUBJECT_TO chinese-law [admits by shou-zi-chew] @2023-03-23 (some Americans’ personal data)',
        'bytedance ACKNOWLEDGED claim-staff-in-china-could-access-european-data [acknowledges by bytedance] @2022-11',
        'china ASSERTS claim-us-presented-no-evidence-of-tiktok-threat [asserts by mao-ning] @2023-03-24',
        'mao-ning SPOKESPERSON_FOR china-ministry-of-foreign-affairs',
        'china-ministry-of-foreign-affairs PART_OF china',
        'china ENACTED china-2017-law @2017',
        `china-2017-law REQUIRES ${SLUG}-chinese-companies`,
        'oracle WILL_STORE_DATA_OF tiktok-american-user-data [promises by shou-zi-chew] @2023-12 (data linked to the 150 million American users)',
        'united-states ASSERTS claim-tiktok-threatens-us-national-security [asserts by united-states]',
        'china CRITICIZES claim-tiktok-threatens-us-national-security [criticizes by mao-ning] @2023-03-24',
        'claim-us-presented-no-evidence-of-tiktok-threat ABOUT claim-tiktok-threatens-us-national-security',
        'oracle BASED_IN texas',
        'tiktok RANKS_CLOSE_TO netflix [asserts by insider-intelligence]',
        `${SLUG} REPORTED_BY afp`,
      ]),
    );
  });

  it('records what the text supports about its source, and marks the one inferred denial', () => {
    expect(article.outlet).toBe('Unknown outlet');
    expect(article.provenance).toMatchObject({
      outlet: 'unknown',
      publishedAt: 'inferred',
      credit: '(With information from AFP)',
    });
    expect(article.text.endsWith(article.provenance?.credit ?? '-')).toBe(true);
    const inferred = article.relationships.filter((r) => r.inferred === true).map((r) => r.id);
    expect(inferred).toStrictEqual(['china-denies-tiktok-gives-chinese-authorities-user-data']);
    const claim = article.entities.find(
      (e) => e.id === 'claim-us-presented-no-evidence-of-tiktok-threat',
    );
    expect(claim?.name).toContain('has not yet presented any evidence');
  });

  it('merges every surface form into one entity', () => {
    const aliases = Object.fromEntries(article.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    expect(aliases['shou-zi-chew']).toStrictEqual([
      'Shou Zi Chew',
      'Chew',
      'Its chief executive',
      'The person in charge',
    ]);
    expect(aliases.china).toStrictEqual([
      'China',
      'Beijing',
      'China ‘s government',
      'Chinese authorities',
    ]);
    expect(aliases.tiktok).toStrictEqual([
      'TikTok',
      'Tiktok',
      'The famous short video platform',
      'the platform',
      'the app',
    ]);
    expect(aliases.oracle).toStrictEqual(['Oracle', 'the Texan group Oracle']);
    expect(article.entities.find((e) => e.id === 'tiktok')?.properties.americanUsers).toBe(
      150_000_000,
    );
  });

  it('covers every sentence with evidence except the stray "External relationships."', () => {
    expect(summarizeArticle(article).uncoveredSentences).toStrictEqual([
      { index: 8, text: 'External relationships.' },
    ]);
  });
});
