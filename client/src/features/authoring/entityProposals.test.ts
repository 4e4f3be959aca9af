import { describe, expect, it } from 'vitest';
import { proposeEntities } from './entityProposals.ts';
import { findNames } from './nlp/nameSpans.ts';
import type { KnownEntity } from './suggestions.ts';

const TEXT =
  'Pavel Durov met the Senate Commerce Committee in Brussels. Durov said Telegram ' +
  'stores nothing in Brussels, and Pavel Durov repeated it at Project Texas in Texas.';

const graph: KnownEntity[] = [
  { id: 'pavel-durov', name: 'Pavel Durov', type: 'Person', aliases: ['Durov'] },
  { id: 'texas', name: 'Texas', type: 'Place', aliases: [] },
  // A claim's name is a sentence, never a mention: it must not hide a name.
  { id: 'claim-x', name: 'Telegram', type: 'Claim', aliases: [] },
];

describe('proposeEntities (over compromise’s names, run for real)', () => {
  it('proposes each unknown name once (a longer name around a known one too), none accepted', () => {
    expect(proposeEntities(TEXT, findNames(TEXT), graph, [])).toStrictEqual([
      {
        key: 'entity:Senate Commerce Committee',
        surface: 'Senate Commerce Committee',
        type: 'GovernmentBody',
        start: 20,
        end: 45,
        occurrences: 1,
        accepted: false,
      },
      {
        key: 'entity:Brussels',
        surface: 'Brussels',
        type: 'Place',
        start: 49,
        end: 57,
        occurrences: 2,
        accepted: false,
      },
      {
        key: 'entity:Telegram',
        surface: 'Telegram',
        type: null,
        start: 70,
        end: 78,
        occurrences: 1,
        accepted: false,
      },
      {
        key: 'entity:Project Texas',
        surface: 'Project Texas',
        type: null,
        start: 138,
        end: 151,
        occurrences: 1,
        accepted: false,
      },
    ]);
  });

  it('marks a proposal accepted once the article has an entity under that wording', () => {
    const article: KnownEntity[] = [
      { id: 'brussels', name: 'Brussels', type: 'Place', aliases: [] },
      { id: 'telegram-app', name: 'Telegram Messenger', type: 'Product', aliases: ['Telegram'] },
    ];
    const proposals = proposeEntities(TEXT, findNames(TEXT), graph, article);
    expect(proposals.map((p) => [p.surface, p.accepted])).toStrictEqual([
      ['Senate Commerce Committee', false],
      ['Brussels', true],
      ['Telegram', true],
      ['Project Texas', false],
    ]);
  });
});
