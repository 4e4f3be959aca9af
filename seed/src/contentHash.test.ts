import { describe, expect, it } from 'vitest';
import { articleContentHash } from './contentHash.ts';
import type { SeedArticle } from './model.ts';

const alice: SeedArticle['entities'][number] = {
  id: 'alice',
  name: 'Alice',
  type: 'Person',
  aliases: [],
  description: '',
  properties: {},
};

const article: SeedArticle = {
  id: 'a',
  title: 'T',
  outlet: 'O',
  publishedAt: '2023-03-24',
  language: 'en',
  text: 'Alice met Bob.',
  entities: [alice],
  relationships: [],
};

describe('articleContentHash', () => {
  it('is a sha256 hex digest that does not depend on key order', () => {
    const reordered = JSON.parse(
      JSON.stringify({ ...article, text: article.text, id: article.id }),
    ) as SeedArticle;
    const hash = articleContentHash(article);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(articleContentHash(reordered)).toBe(hash);
  });

  it('changes with the text and with any graph detail', () => {
    const hash = articleContentHash(article);
    expect(articleContentHash({ ...article, text: 'Alice met Bob!' })).not.toBe(hash);
    expect(articleContentHash({ ...article, entities: [{ ...alice, aliases: ['Al'] }] })).not.toBe(
      hash,
    );
  });
});
