import { describe, expect, it } from 'vitest';
import { findNames } from './nameSpans.ts';

// A text of our own, none of whose names the rules were tuned on.
const TEXT =
  'Pavel Durov met the Senate Commerce Committee in Brussels on Monday. The Dutch government ' +
  'says Telegram, owned by the Russian group VK, broke a 2021 European law.';

describe('findNames (compromise, run for real)', () => {
  it('finds people, bodies, places, governments, untyped names and laws, with exact offsets', () => {
    expect(findNames(TEXT)).toStrictEqual([
      { start: 0, end: 11, text: 'Pavel Durov', type: 'Person' },
      { start: 20, end: 45, text: 'Senate Commerce Committee', type: 'GovernmentBody' },
      { start: 49, end: 57, text: 'Brussels', type: 'Place' },
      { start: 73, end: 89, text: 'Dutch government', type: 'Government' },
      { start: 95, end: 103, text: 'Telegram', type: null },
      { start: 132, end: 134, text: 'VK', type: null },
      { start: 144, end: 161, text: '2021 European law', type: 'Law' },
    ]);
    for (const name of findNames(TEXT)) expect(TEXT.slice(name.start, name.end)).toBe(name.text);
  });

  it('joins "and" only into an institution, stops at a possessive or a line, drops descriptions', () => {
    const text =
      'The House Energy and Commerce Committee heard Canadian and British officials.\n' +
      'China’s Ministry of Foreign Affairs replied. Servers in the United States\n' +
      'belong to the Texan group Oracle.';
    expect(findNames(text).map((n) => [n.text, n.type])).toStrictEqual([
      ['House Energy and Commerce Committee', 'GovernmentBody'],
      ['British', null],
      ['China', 'Country'],
      ['Ministry of Foreign Affairs', 'GovernmentBody'],
      ['United States', 'Country'],
      ['Oracle', null],
    ]);
  });

  it('counts offsets in UTF-16 units, as the seed does', () => {
    const text = '👍🏽 “Shou Zi Chew” spoke to Reuters.';
    expect(findNames(text)).toStrictEqual([
      { start: 6, end: 18, text: 'Shou Zi Chew', type: null },
      { start: 29, end: 36, text: 'Reuters', type: null },
    ]);
  });
});
