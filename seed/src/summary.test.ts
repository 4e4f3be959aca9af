import { describe, expect, it } from 'vitest';
import { toSeedArticle } from './load.ts';
import { graphFileSchema } from '@newsgraph/model';
import { formatSummary, summarizeArticle } from './summary.ts';
import { TEST_TEXT, testGraph } from './testArticle.ts';

const article = (id = 'test-article') =>
  toSeedArticle(graphFileSchema.parse(testGraph(id)), TEST_TEXT);

describe('summarizeArticle', () => {
  it('counts by type and lists the sentences no evidence covers', () => {
    expect(summarizeArticle(article())).toStrictEqual({
      articleId: 'test-article',
      title: 'Acme buys Widgets',
      entitiesByType: { Claim: 1, Company: 2 },
      relationshipsByType: { ABOUT: 1, DENIES: 1, OWNS: 1 },
      sentenceCount: 3,
      coveredSentences: 2,
      uncoveredSentences: [{ index: 0, text: 'Acme buys Widgets' }],
    });
  });
});

describe('formatSummary', () => {
  it('prints one block per article and distinct totals', () => {
    expect(formatSummary([article('one'), article('two')])).toStrictEqual([
      'one  "Acme buys Widgets"',
      '  entities (3): Claim 1, Company 2',
      '  relationships (3): ABOUT 1, DENIES 1, OWNS 1',
      '  evidence covers 2 of 3 sentences; not covered:',
      '    #0 "Acme buys Widgets"',
      'two  "Acme buys Widgets"',
      '  entities (3): Claim 1, Company 2',
      '  relationships (3): ABOUT 1, DENIES 1, OWNS 1',
      '  evidence covers 2 of 3 sentences; not covered:',
      '    #0 "Acme buys Widgets"',
      'all 2 articles: 3 distinct entities, 3 distinct relationships',
    ]);
  });
});
