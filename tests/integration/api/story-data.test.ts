/**
 * Issue #14's story data over the real seeded graph: the date-range query
 * (`GET /api/graph/period`) against the model's date rule applied to the
 * seed file, an entity's articles with their evidence counts, the inferred
 * relationship and the article's provenance.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inDateRange,
  type ArticleSummaryDto,
  type DateRange,
  type NodeDetailsDto,
  type PeriodGraphDto,
  type RelationshipDetailsDto,
} from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { loadArticles, splitSentences, type SeedArticle } from '../../../seed/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';

const ARTICLE = 'afp-2023-03-24-china-tiktok-data';
const FOLDER = path.resolve(import.meta.dirname, '..', '..', '..', 'seed', 'articles', ARTICLE);

describe('the story data of the AFP article', () => {
  let server: RunningServer;
  let article: SeedArticle;
  const get = <T>(url: string) => requestJson<T>(`${server.url}${url}`);

  beforeAll(async () => {
    seedTestDatabase();
    server = await startTestServer();
    const [loaded] = await loadArticles([FOLDER]);
    if (!loaded) throw new Error('the AFP article did not load');
    article = loaded.article;
  });

  afterAll(async () => {
    await server.close();
  });

  /** What the model's rule says the range holds, from the seed file. */
  const expected = (range: DateRange) =>
    article.relationships
      .filter((r) => r.date !== undefined && inDateRange(r.date, range))
      .map((r) => r.id)
      .sort();

  /** The period's relationships that this article supports (other tests may seed more). */
  const periodIds = (body: PeriodGraphDto) =>
    body.edges
      .filter((edge) => edge.evidence.some((e) => e.articleId === ARTICLE))
      .map((edge) => edge.id)
      .sort();

  it.each([
    { from: '2023-03-23', to: '2023-03-23' },
    { from: '2023-03-24', to: '2023-03-24' },
    { from: '2022-11-30', to: '2022-12-31' },
    { from: '2017-06-01', to: '2017-06-30' },
    { from: '2023-12-31', to: null },
    { from: null, to: '2022-12-31' },
    { from: null, to: null },
  ])('GET /api/graph/period from $from to $to agrees with the model rule', async (range) => {
    const query = new URLSearchParams();
    if (range.from !== null) query.set('from', range.from);
    if (range.to !== null) query.set('to', range.to);
    const { status, body } = await get<PeriodGraphDto>(`/api/graph/period?${query.toString()}`);
    expect(status).toBe(200);
    expect(periodIds(body)).toStrictEqual(expected(range));
    expect(body.truncated).toBe(false);
    expect(body.total).toBe(body.edges.length);
    // Every endpoint comes along, and every edge is dated.
    const nodeIds = new Set(body.nodes.map((node) => node.id));
    for (const edge of body.edges) {
      expect(edge.date).not.toBeNull();
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
    }
  });

  it('finds the hearing day exactly: the testimony, the admission, its relationship and the assertion', async () => {
    const { body } = await get<PeriodGraphDto>('/api/graph/period?from=2023-03-23&to=2023-03-23');
    expect(periodIds(body)).toStrictEqual([
      'american-user-data-subject-to-chinese-law',
      'chew-admitted-american-data-subject-to-chinese-law',
      'chew-asserts-american-data-situation-will-soon-change',
      'chew-testified-before-us-congressmen',
    ]);
  });

  it('pages the period and says how many there are', async () => {
    const all = expected({ from: null, to: null });
    const { body } = await get<PeriodGraphDto>('/api/graph/period?limit=3');
    expect(body.edges).toHaveLength(3);
    expect(body.truncated).toBe(true);
    expect(body.total).toBeGreaterThanOrEqual(all.length);
    expect(body.limit).toBe(3);
  });

  it('refuses a reversed or malformed range with a clear error', async () => {
    const reversed = await get<{ error: { code: string; message: string } }>(
      '/api/graph/period?from=2023-03-24&to=2023-03-01',
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.code).toBe('INVALID_INPUT');
    expect(reversed.body.error.message).toContain('`from` must not be after `to`');
    const malformed = await get<{ error: { code: string; message: string } }>(
      '/api/graph/period?from=2023-3-1',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('must be a day, yyyy-mm-dd');
  });

  it("lists an entity's articles with its distinct quotes per article and where the first is", async () => {
    const { status, body } = await get<NodeDetailsDto>('/api/nodes/oracle');
    expect(status).toBe(200);
    const touching = article.relationships.filter((r) => r.from === 'oracle' || r.to === 'oracle');
    const spans = touching.flatMap((r) =>
      r.evidence.map((e) => ({ relationshipId: r.id, start: e.start, end: e.end })),
    );
    const distinct = new Set(spans.map((s) => `${String(s.start)}:${String(s.end)}`));
    const first = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)[0];
    const mine = body.articles.filter((a) => a.articleId === ARTICLE);
    expect(mine).toStrictEqual([
      {
        articleId: ARTICLE,
        title: article.title,
        publishedAt: '2023-03-24',
        evidenceCount: distinct.size,
        firstEvidence: {
          articleId: ARTICLE,
          relationshipId: first?.relationshipId,
          sentenceIndex: splitSentences(article.text).findIndex(
            (s) => s.start <= (first?.start ?? -1) && (first?.start ?? -1) < s.end,
          ),
          start: first?.start,
          end: first?.end,
        },
      },
    ]);
    expect(distinct.size).toBe(3);
    expect(mine[0]?.firstEvidence?.sentenceIndex).toBe(14);
    expect(article.text.slice(first?.start, first?.end)).toBe(
      'by the end of the year, all this information, linked to the 150 million American users, would be managed solely by servers of the Texan group Oracle, located in the United States',
    );
  });

  it('sends the inferred denial with its note, and plain statements with none', async () => {
    const inferred = article.relationships.find((r) => r.inferred === true);
    const { body } = await get<RelationshipDetailsDto>(
      '/api/relationships/china-denies-tiktok-gives-chinese-authorities-user-data',
    );
    expect(body.edge.inference).toBe(inferred?.inferenceNote);
    expect(body.edge.inference).toContain('Beijing on Friday rejected these accusations');
    const plain = await get<RelationshipDetailsDto>('/api/relationships/bytedance-owns-tiktok');
    expect(plain.body.edge.inference).toBeNull();
  });

  it('lists the article with the provenance its graph.json records', async () => {
    const { body } = await get<ArticleSummaryDto[]>('/api/articles');
    expect(body.find((a) => a.id === ARTICLE)).toStrictEqual({
      id: ARTICLE,
      title: article.title,
      outlet: 'Unknown outlet',
      publishedAt: '2023-03-24',
      language: 'en',
      sentenceCount: 18,
      provenance: {
        outlet: 'unknown',
        publishedAt: 'inferred',
        credit: '(With information from AFP)',
        note: article.provenance?.note,
      },
    });
    const dates = body.map((a) => a.publishedAt);
    expect(dates).toStrictEqual([...dates].sort().reverse());
  });
});
