import { describe, expect, it } from 'vitest';
import { findMentions, RELATIONSHIP_TYPES, type NamedEntity } from '@newsgraph/model';
import {
  findVerbs,
  proposeRelationships,
  VERB_PATTERNS,
  type SentenceSpan,
} from './relationPatterns.ts';

const pick = (text: string, matches: ReturnType<typeof findVerbs>) =>
  matches.map((m) => [m.type, m.reversed, text.slice(m.start, m.end)]);

describe('VERB_PATTERNS', () => {
  it('names only types of the vocabulary, each with at least one form', () => {
    for (const [type, forms] of Object.entries(VERB_PATTERNS)) {
      expect(RELATIONSHIP_TYPES).toContain(type);
      expect(forms.length).toBeGreaterThan(0);
    }
  });
});

describe('findVerbs', () => {
  it('finds whole words only, prefers the longer form, and skips the passive', () => {
    const text =
      'Kazakhstan bans it; it is owned by Acme; it could be banned in Peru; the banner owns nothing.';
    expect(pick(text, findVerbs(text))).toStrictEqual([
      ['BANS', false, 'bans'],
      ['OWNS', true, 'owned by'],
      ['OWNS', false, 'owns'],
    ]);
  });

  it('lets up to four words sit inside a form with "…", not five', () => {
    const four = 'Chew was questioned for about five hours by the committee.';
    const five = 'Chew was questioned for about five long hours by the committee.';
    expect(pick(four, findVerbs(four))).toStrictEqual([
      ['TESTIFIED_BEFORE', false, 'questioned for about five hours by'],
    ]);
    expect(findVerbs(five)).toStrictEqual([]);
  });
});

const TEXT =
  'Telegram, owned by the Russian group VK, is popular. Durov, the chief executive of Telegram, ' +
  'denied it. The Dutch government banned Telegram on work phones.';
const ENTITIES: NamedEntity[] = [
  { id: 'telegram', name: 'Telegram', aliases: [] },
  { id: 'vk', name: 'VK', aliases: [] },
  { id: 'pavel-durov', name: 'Pavel Durov', aliases: ['Durov'] },
  { id: 'netherlands', name: 'Dutch government', aliases: [] },
];

function sentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(/[^.]+\./g)) {
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    const end = match.index + match[0].length;
    spans.push({ index: spans.length + 1, start, end, text: text.slice(start, end) });
  }
  return spans;
}

describe('proposeRelationships', () => {
  it('proposes subject — type → object per verb, the sentence verbatim as the quote', () => {
    const spans = sentences(TEXT);
    const proposals = proposeRelationships(TEXT, spans, findMentions(TEXT, ENTITIES));
    expect(proposals).toStrictEqual([
      { type: 'OWNS', from: 'vk', to: 'telegram', sentence: spans[0], verb: 'owned by' },
      {
        type: 'CEO_OF',
        from: 'pavel-durov',
        to: 'telegram',
        sentence: spans[1],
        verb: 'chief executive of',
      },
      { type: 'BANS', from: 'netherlands', to: 'telegram', sentence: spans[2], verb: 'banned' },
    ]);
    for (const p of proposals)
      expect(TEXT.slice(p.sentence.start, p.sentence.end)).toBe(p.sentence.text);
  });

  it('never takes a name after a preposition as the subject, nor pairs an entity with itself', () => {
    const text = 'The chief executive of Telegram denied Telegram. VK owns VK.';
    expect(proposeRelationships(text, sentences(text), findMentions(text, ENTITIES))).toStrictEqual(
      [],
    );
  });
});
