import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene } from './search.ts';

describe('buildLuceneQuery', () => {
  it('matches a term exactly, as a prefix and with one typo', () => {
    expect(buildLuceneQuery('byted')).toBe('byted^3 OR byted* OR byted~1');
  });

  it('skips fuzzy matching for short terms, which would match almost anything', () => {
    expect(buildLuceneQuery('uk')).toBe('uk^3 OR uk*');
  });

  it('also tries adjacent terms glued together', () => {
    expect(buildLuceneQuery('Tik Tok')).toBe(
      'tik^3 OR tik* OR tok^3 OR tok* OR tiktok^4 OR tiktok* OR tiktok~1',
    );
  });

  it('returns null for input with no searchable term', () => {
    expect(buildLuceneQuery('  ?! ')).toBeNull();
  });

  it('escapes Lucene syntax so input cannot change the query', () => {
    expect(escapeLucene('a+b(c)~d*')).toBe('a\\+b\\(c\\)\\~d\\*');
    expect(buildLuceneQuery('AND OR NOT')).toBe(
      'and^3 OR and* OR or^3 OR or* OR not^3 OR not* OR andornot^4 OR andornot* OR andornot~1',
    );
  });
});
