import { describe, expect, it } from 'vitest';
import { absentAliases, findMentions, tokenize } from './mentions.ts';

const at = (text: string, mentions: { entityId: string; start: number; end: number }[]) =>
  mentions.map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

describe('tokenize', () => {
  it('cuts words and single punctuation marks, with offsets', () => {
    expect(tokenize('China’s 2017\u00a0law.')).toStrictEqual({
      texts: ['China', '’', 's', '2017', 'law', '.'],
      starts: [0, 5, 6, 8, 13, 16],
      ends: [5, 6, 7, 12, 16, 17],
    });
  });
});

describe('findMentions', () => {
  const entities = [
    { id: 'china', name: 'China', aliases: ['Beijing', 'China ‘s government'] },
    { id: 'ministry', name: 'Ministry', aliases: ['China’s Ministry of Foreign Affairs'] },
    { id: 'chew', name: 'Shou Zi Chew', aliases: ['Chew'] },
  ];

  it('matches whole words only, case-sensitively, across no-break spaces', () => {
    const text = 'China\u00a0‘s government and Chinatown, china and Beijing; Chew, Chewing.';
    expect(at(text, findMentions(text, entities))).toStrictEqual([
      'china:China\u00a0‘s government',
      'china:Beijing',
      'chew:Chew',
    ]);
  });

  it('lets the longest match win where mentions would overlap', () => {
    const text = 'Shou Zi Chew spoke for China’s Ministry of Foreign Affairs in China.';
    expect(at(text, findMentions(text, entities))).toStrictEqual([
      'chew:Shou Zi Chew',
      'ministry:China’s Ministry of Foreign Affairs',
      'china:China',
    ]);
  });

  it('gives a shared span to every entity that has exactly that form', () => {
    const text = 'the Governments agreed';
    const shared = [
      { id: 'b', name: 'Governments', aliases: [] },
      { id: 'a', name: 'Gov', aliases: ['Governments'] },
    ];
    expect(findMentions(text, shared)).toStrictEqual([
      { entityId: 'a', start: 4, end: 15 },
      { entityId: 'b', start: 4, end: 15 },
    ]);
  });
});

describe('absentAliases', () => {
  it('lists the aliases that the text never uses', () => {
    const text = 'Beijing said so.';
    expect(
      absentAliases(text, [{ id: 'china', name: 'China', aliases: ['Beijing', 'PRC'] }]),
    ).toStrictEqual(new Map([['china', ['PRC']]]));
  });
});
