import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toSeedArticle } from './load.ts';
import { batches, propertyKeysOf, toArticleRows, toCypherScalar } from './rows.ts';
import { graphFileSchema } from '@newsgraph/model';
import { TEST_TEXT, testGraph } from './testArticle.ts';

const int = (n: number) => neo4j.int(n);
const rows = toArticleRows(toSeedArticle(graphFileSchema.parse(testGraph()), TEST_TEXT));

describe('toArticleRows', () => {
  it('makes one entity row each, with integers as Neo4j integers', () => {
    expect(rows.entities[1]).toStrictEqual({
      id: 'widgets',
      name: 'Widgets Ltd',
      entityType: 'Company',
      description: 'A seller.',
      aliases: ['Widgets'],
      aliasesText: 'Widgets Ltd | Widgets',
      properties: { employees: int(12) },
    });
  });

  it('groups relationships by type and spells out the optional fields', () => {
    expect([...rows.relationshipsByType.keys()]).toStrictEqual(['OWNS', 'DENIES', 'ABOUT']);
    expect(rows.relationshipsByType.get('OWNS')).toStrictEqual([
      {
        id: 'acme-owns-widgets',
        from: 'acme',
        to: 'widgets',
        attribution: 'attributed',
        stance: 'asserts',
        speaker: 'acme',
        date: '2024-01-15',
        scope: null,
        inferred: null,
        inferenceNote: null,
        properties: {},
        quotes: ['it owns Widgets Ltd'],
        starts: [int(49)],
        ends: [int(68)],
        sentenceIndexes: [int(1)],
      },
    ]);
  });

  it('makes sentence rows with their relationships and mentions', () => {
    expect(rows.sentences.map((s) => ({ ...s, text: s.text.slice(0, 12) }))).toStrictEqual([
      {
        id: 'test-article#0',
        articleId: 'test-article',
        index: int(0),
        start: int(0),
        end: int(17),
        text: 'Acme buys Wi',
        relationshipIds: [],
        mentionEntityIds: ['acme', 'widgets'],
        mentionStarts: [int(0), int(10)],
        mentionEnds: [int(4), int(17)],
      },
      {
        id: 'test-article#1',
        articleId: 'test-article',
        index: int(1),
        start: int(19),
        end: int(78),
        text: 'Acme Corp sa',
        relationshipIds: ['acme-owns-widgets', 'claim-about-widgets'],
        mentionEntityIds: ['acme', 'widgets'],
        mentionStarts: [int(19), int(57)],
        mentionEnds: [int(28), int(68)],
      },
      {
        id: 'test-article#2',
        articleId: 'test-article',
        index: int(2),
        start: int(79),
        end: int(97),
        text: 'Widgets deni',
        relationshipIds: ['widgets-denies-claim'],
        mentionEntityIds: ['widgets'],
        mentionStarts: [int(79)],
        mentionEnds: [int(86)],
      },
    ]);
    expect(rows.article.sentenceCount).toStrictEqual(int(3));
  });
});

describe('helpers', () => {
  it('converts only whole numbers to Neo4j integers', () => {
    expect([
      toCypherScalar(3),
      toCypherScalar(2.5),
      toCypherScalar('3'),
      toCypherScalar(true),
    ]).toStrictEqual([int(3), 2.5, '3', true]);
  });

  it('cuts rows into batches and refuses a useless batch size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toStrictEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toStrictEqual([]);
    expect(() => batches([1], 0)).toThrow('Batch size must be a positive integer, got 0.');
  });

  it('lists the property names a batch uses, sorted', () => {
    expect(
      propertyKeysOf([{ properties: { b: 1 } }, { properties: { a: 1, b: 2 } }, { id: 'x' }]),
    ).toStrictEqual(['a', 'b']);
  });
});
