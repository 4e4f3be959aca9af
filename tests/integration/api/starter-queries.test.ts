import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResultDto, RelationshipDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { STARTER_QUERIES } from '../../../server/src/services/starterQueries.ts';
import { requestJson } from '../../support/http.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';

/**
 * Each starter query, run through the API with its default parameters on the
 * seeded AFP article, against what the article itself says. The expectations
 * are written from the article text (../shared/article.txt), not from the
 * query or graph.json, so a wrong query or a wrong seed both fail here.
 */
const ARTICLE_TEXT = path.resolve(
  import.meta.dirname,
  '../../../seed/articles/afp-2023-03-24-china-tiktok-data/article.txt',
);

let server: RunningServer;

beforeAll(async () => {
  seedTestDatabase();
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
  await server.prepared;
});

afterAll(async () => {
  // Undefined when the seeding in beforeAll failed; that failure is the one to report.
  await (server as RunningServer | undefined)?.close();
});

async function run(id: string): Promise<CypherResultDto> {
  const { status, body } = await requestJson(`${server.url}/api/queries/${id}/run`, { body: {} });
  expect(status, `${id}: ${JSON.stringify(body)}`).toBe(200);
  return body as CypherResultDto;
}

const edgeTriples = (edges: RelationshipDto[]) =>
  edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`).sort();

const column = (result: CypherResultDto, name: string) => {
  const index = result.columns.indexOf(name);
  expect(index, `column ${name} in ${result.columns.join(', ')}`).toBeGreaterThanOrEqual(0);
  return result.rows.map((row) => row[index]);
};

describe('the ten starter queries answer what the article says', () => {
  it('has exactly the ten starters, each tested below', () => {
    expect(STARTER_QUERIES.map((q) => q.id).sort()).toStrictEqual(
      [
        'starter-who-banned',
        'starter-ownership-chain',
        'starter-statements-by-speaker',
        'starter-denials-and-admissions',
        'starter-path-between',
        'starter-the-hearing',
        'starter-claims-about',
        'starter-data-access',
        'starter-timeline',
        'starter-most-connected',
      ].sort(),
    );
  });

  it('Who banned it? — the White House, the European Commission, the Canadian and British governments, and other organisations', async () => {
    const result = await run('starter-who-banned');
    expect(edgeTriples(result.graph.edges)).toStrictEqual(
      [
        'british-government BANS tiktok',
        'canadian-government BANS tiktok',
        'european-commission BANS tiktok',
        // Generic entities are article-scoped (issue #14).
        'afp-2023-03-24-china-tiktok-data-other-organizations BANS tiktok',
        'white-house BANS tiktok',
      ].sort(),
    );
    expect(result.summary.rowCount).toBe(5);
  });

  it('Ownership chain — ByteDance owns TikTok and its similar app for China', async () => {
    const result = await run('starter-ownership-chain');
    expect(edgeTriples(result.graph.edges)).toStrictEqual([
      'bytedance OWNS bytedance-china-app',
      'bytedance OWNS tiktok',
    ]);
  });

  it('Everything China said — denials of asking for data and of spying, its data-protection claim', async () => {
    const result = await run('starter-statements-by-speaker');
    expect(edgeTriples(result.graph.edges)).toStrictEqual(
      [
        'china ASSERTS claim-china-values-private-data-protection',
        'china DENIES claim-china-asks-companies-for-data-collected-abroad',
        'china DENIES claim-china-could-use-tiktok-to-spy',
        'china DENIES claim-tiktok-gives-chinese-authorities-user-data',
      ].sort(),
    );
  });

  it('All denials and admissions — China and TikTok deny, Chew admits, ByteDance acknowledges', async () => {
    const result = await run('starter-denials-and-admissions');
    expect(edgeTriples(result.graph.edges)).toStrictEqual(
      [
        'bytedance ACKNOWLEDGED claim-staff-in-china-could-access-european-data',
        'china DENIES claim-china-asks-companies-for-data-collected-abroad',
        'china DENIES claim-china-asks-for-foreign-data-violating-local-law',
        'china DENIES claim-china-could-use-tiktok-to-spy',
        'china DENIES claim-tiktok-gives-chinese-authorities-user-data',
        'shou-zi-chew ADMITTED claim-some-american-data-subject-to-chinese-law',
        'tiktok DENIES claim-tiktok-gives-chinese-authorities-user-data',
      ].sort(),
    );
    // Every row carries the article's own words as its quote.
    const quotes = column(result, 'quotes').flat() as string[];
    // The article is stored verbatim, no-break spaces included; compare words, not space kinds.
    expect(quotes.map((quote) => quote.replace(/\s/g, ' '))).toEqual(
      expect.arrayContaining([
        'Tiktok denies this information.',
        expect.stringContaining('personal data was still subject to Chinese law'),
      ]),
    );
    const article = readFileSync(ARTICLE_TEXT, 'utf8');
    expect(quotes.filter((quote) => !article.includes(quote))).toStrictEqual([]);
  });

  it('How does China connect to TikTok’s American user data? — only through paths of the shortest length', async () => {
    const result = await run('starter-path-between');
    expect(result.summary.rowCount).toBeGreaterThan(0);
    const ids = result.graph.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['china', 'tiktok-american-user-data']));
    // One path per row (sent as its nodes and edges), all of the same length: the shortest.
    const lengths = new Set(
      result.rows.map((row) => (row[0] as { edges: unknown[] }).edges.length),
    );
    expect(lengths.size).toBe(1);
  });

  it('The congressional hearing — Chew testified before US congressmen on 23 March, and what he said that day', async () => {
    const result = await run('starter-the-hearing');
    const triples = edgeTriples(result.graph.edges);
    expect(triples).toContain('shou-zi-chew TESTIFIED_BEFORE us-congressmen');
    expect(triples).toEqual(
      expect.arrayContaining([
        'shou-zi-chew ADMITTED claim-some-american-data-subject-to-chinese-law',
        'shou-zi-chew ASSERTS claim-american-data-situation-will-soon-change',
      ]),
    );
    expect(result.graph.edges.every((edge) => edge.type !== 'BANS')).toBe(true);
  });

  it('Claims about TikTok — that it hands over data, that China could spy through it, that no evidence was shown, that it ranks near Netflix', async () => {
    const result = await run('starter-claims-about');
    const claims = [
      ...new Set(
        result.graph.edges.filter((edge) => edge.type === 'ABOUT').map((edge) => edge.source),
      ),
    ].sort();
    expect(claims).toStrictEqual(
      [
        'claim-china-could-use-tiktok-to-spy',
        'claim-tiktok-gives-chinese-authorities-user-data',
        'claim-tiktok-ranks-close-to-netflix',
        // The US side's allegation, a claim of its own since issue #14.
        'claim-tiktok-threatens-us-national-security',
        'claim-us-presented-no-evidence-of-tiktok-threat',
      ].sort(),
    );
    // And who holds each: the congressmen fear spying, China and TikTok deny the data claim,
    // the United States asserts the threat and China criticizes it.
    expect(edgeTriples(result.graph.edges)).toEqual(
      expect.arrayContaining([
        'united-states ASSERTS claim-tiktok-threatens-us-national-security',
        'china CRITICIZES claim-tiktok-threatens-us-national-security',
        'us-congressmen FEARS claim-china-could-use-tiktok-to-spy',
        'tiktok DENIES claim-tiktok-gives-chinese-authorities-user-data',
        'china DENIES claim-tiktok-gives-chinese-authorities-user-data',
      ]),
    );
  });

  it('Who holds or can reach user data — staff in China (European data), the Chinese law (American data)', async () => {
    const result = await run('starter-data-access');
    expect(edgeTriples(result.graph.edges)).toEqual(
      expect.arrayContaining([
        'afp-2023-03-24-china-tiktok-data-staff-in-china CAN_ACCESS european-user-data',
        'tiktok-american-user-data SUBJECT_TO chinese-law',
      ]),
    );
    const datasets = new Set(column(result, 'data').map((node) => (node as { id?: string }).id));
    expect([...datasets].sort()).toStrictEqual(['european-user-data', 'tiktok-american-user-data']);
  });

  it('Timeline — from the 2017 law to the hearing and China’s answer the next day, oldest first', async () => {
    const result = await run('starter-timeline');
    const dates = column(result, 'date') as string[];
    expect(dates).toStrictEqual([...dates].sort());
    expect(dates[0]).toBe('2017');
    expect(dates).toEqual(expect.arrayContaining(['2022-11', '2023-03-23', '2023-03-24']));
    const rows = result.rows.map((row) => (row.slice(0, 3) as string[]).join(' '));
    expect(rows).toEqual(
      expect.arrayContaining(['2017 China ENACTED', '2023-03-23 Shou Zi Chew TESTIFIED_BEFORE']),
    );
  });

  it('Most connected — China, which speaks most, then TikTok, which most is said about', async () => {
    const result = await run('starter-most-connected');
    const names = column(result, 'name');
    expect(names).toHaveLength(10);
    expect(names.slice(0, 2)).toStrictEqual(['China', 'TikTok']);
    const counts = column(result, 'relationships') as number[];
    expect(counts).toStrictEqual([...counts].sort((a, b) => b - a));
  });
});
