import { describe, expect, it } from 'vitest';
import type { SeedArticle, SeedEvidence, SeedRelationship } from '@newsgraph/seed';
import { rewriteForMerge, statementKey, type Statement } from './mergeRewrite.ts';
import { validateDocument } from './service.ts';

const ONE =
  'Merger\n\nAcme Corp owns Widget. Acme Ltd, the firm, also owns Widget. Acme Corp sued Acme Ltd. Acme Ltd supplies Gadget.\n';
const TWO = 'Later\n\nThe firm Acme Ltd owns Gadget. Acme Corp owns Gadget too.\n';

function quote(text: string, words: string): SeedEvidence {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { quote: words, start, end: start + words.length };
}

function relationship(
  text: string,
  id: string,
  type: SeedRelationship['type'],
  from: string,
  to: string,
  words: string,
): SeedRelationship {
  return {
    id,
    type,
    from,
    to,
    attribution: 'narrated',
    properties: {},
    evidence: [quote(text, words)],
  };
}

const source = { outlet: 'Desk', publishedAt: '2023-03-27', language: 'en' };
const entity = (id: string, name: string, type: 'Company' | 'Product', aliases: string[] = []) => ({
  id,
  name,
  type,
  aliases,
  description: `${name}.`,
  properties: {},
});

const one: SeedArticle = {
  id: 'one',
  title: 'Merger',
  ...source,
  text: ONE,
  entities: [
    entity('acme', 'Acme Corp', 'Company'),
    { ...entity('acme-ltd', 'Acme Ltd', 'Company', ['the firm']), properties: { founded: 1990 } },
    entity('widget', 'Widget', 'Product'),
    entity('gadget', 'Gadget', 'Product'),
  ],
  relationships: [
    relationship(ONE, 'acme-owns-widget', 'OWNS', 'acme', 'widget', 'Acme Corp owns Widget'),
    relationship(ONE, 'acme-ltd-owns-widget', 'OWNS', 'acme-ltd', 'widget', 'also owns Widget'),
    relationship(
      ONE,
      'acme-sued-acme-ltd',
      'SIMILAR_TO',
      'acme',
      'acme-ltd',
      'Acme Corp sued Acme Ltd',
    ),
    relationship(
      ONE,
      'acme-ltd-supplies-gadget',
      'CAN_ACCESS',
      'acme-ltd',
      'gadget',
      'Acme Ltd supplies Gadget',
    ),
  ],
};

const two: SeedArticle = {
  id: 'two',
  title: 'Later',
  ...source,
  text: TWO,
  entities: [entity('acme-ltd', 'Acme Ltd', 'Company'), entity('gadget', 'Gadget', 'Product')],
  relationships: [
    relationship(TWO, 'acme-ltd-owns-gadget', 'OWNS', 'acme-ltd', 'gadget', 'Acme Ltd owns Gadget'),
  ],
};

/** A third article's relationship that already states "Acme Corp owns Gadget". */
const published: Statement = {
  id: 'acme-owns-gadget',
  type: 'OWNS',
  from: 'acme',
  to: 'gadget',
  attribution: 'narrated',
  properties: {},
};

const input = {
  fromId: 'acme-ltd',
  into: { id: 'acme', name: 'Acme Corp', type: 'Company' as const, description: 'Acme Corp.' },
  type: 'Company' as const,
  documents: [one, two],
  touchedIds: new Set(['one', 'two']),
  graphStatements: new Map([[statementKey('OWNS', 'acme', 'gadget'), published]]),
};

describe('rewriteForMerge', () => {
  const result = rewriteForMerge(input);
  const [first, second] = result.articles;

  it('folds a relationship that would repeat another into it, keeping both quotes', () => {
    expect(first?.article.relationships).toStrictEqual([
      {
        ...relationship(ONE, 'acme-owns-widget', 'OWNS', 'acme', 'widget', 'Acme Corp owns Widget'),
        evidence: [quote(ONE, 'Acme Corp owns Widget'), quote(ONE, 'also owns Widget')],
      },
      relationship(
        ONE,
        'acme-ltd-supplies-gadget',
        'CAN_ACCESS',
        'acme',
        'gadget',
        'Acme Ltd supplies Gadget',
      ),
    ]);
    expect(result.combined).toStrictEqual([
      {
        relationshipId: 'acme-ltd-owns-widget',
        into: 'acme-owns-widget',
        statement: 'OWNS acme → widget',
        quotes: [{ articleId: 'one', quote: 'also owns Widget' }],
      },
      {
        relationshipId: 'acme-ltd-owns-gadget',
        into: 'acme-owns-gadget',
        statement: 'OWNS acme → gadget',
        quotes: [{ articleId: 'two', quote: 'Acme Ltd owns Gadget' }],
      },
    ]);
  });

  it('drops the relationship between the two, reporting its quote', () => {
    expect(result.selfLoops).toStrictEqual([
      {
        relationshipId: 'acme-sued-acme-ltd',
        statement: 'SIMILAR_TO acme → acme',
        quotes: [{ articleId: 'one', quote: 'Acme Corp sued Acme Ltd' }],
      },
    ]);
  });

  it("turns the merged entity's name and aliases into aliases where the text uses them", () => {
    expect(first?.article.entities).toStrictEqual([
      {
        ...entity('acme', 'Acme Corp', 'Company', ['Acme Ltd', 'the firm']),
        properties: { founded: 1990 },
      },
      entity('widget', 'Widget', 'Product'),
      entity('gadget', 'Gadget', 'Product'),
    ]);
    expect(first?.aliasesAdded).toStrictEqual(['Acme Ltd', 'the firm']);
    // "the firm" is not in the second text (it says "The firm"): case-sensitive, so not an alias there.
    expect(second?.article.entities).toStrictEqual([
      { ...entity('acme', 'Acme Corp', 'Company', ['Acme Ltd']), description: 'Acme Corp.' },
      entity('gadget', 'Gadget', 'Product'),
    ]);
  });

  it('brings the published relationship into an article that folds into it', () => {
    expect(second?.article.relationships).toStrictEqual([
      { ...published, evidence: [quote(TWO, 'Acme Ltd owns Gadget')] },
    ]);
    expect(second?.relationshipsRewritten).toBe(1);
    expect(first?.relationshipsRewritten).toBe(3);
  });

  it('gives documents that pass the seed checks', () => {
    for (const { article } of result.articles)
      expect(() => validateDocument(article)).not.toThrow();
  });

  it('moves speakers, and leaves documents that do not list the merged entity alone', () => {
    const said: SeedRelationship = {
      ...relationship(ONE, 'widget-supplies-gadget', 'CAN_ACCESS', 'widget', 'gadget', 'Widget'),
      attribution: 'attributed',
      speaker: 'acme-ltd',
      stance: 'asserts',
    };
    const again = rewriteForMerge({
      ...input,
      documents: [{ ...one, relationships: [said] }, two],
      touchedIds: new Set(['one']),
      graphStatements: new Map(),
    });
    expect(again.articles.map((a) => a.article.id)).toStrictEqual(['one']);
    expect(again.articles[0]?.article.relationships).toStrictEqual([{ ...said, speaker: 'acme' }]);
  });
});
