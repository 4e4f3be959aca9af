import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './sentences.ts';

const ARTICLE = readFileSync(
  path.join(import.meta.dirname, '../articles/afp-2023-03-24-china-tiktok-data/article.txt'),
  'utf8',
);

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits the AFP article into its title and the sentences of each paragraph', () => {
    const sentences = splitSentences(ARTICLE);
    expect(sentences.map((s) => s.text.slice(0, 40))).toStrictEqual([
      'TikTok: China claims it never asked comp',
      'China\u00a0has said it is not asking companie',
      'China\u00a0said on Friday that it “never” ask',
      'The famous short video platform – in the',
      'Tiktok\u00a0denies this information.',
      'Its chief executive, Shou Zi Chew, under',
      'Beijing on Friday rejected these accusat',
      'China\u00a0‘s government\u00a0“has never asked and',
      'External relationships.',
      '“The United States government has not ye',
      'The White House, the European Commission',
      'At the center of the controversy is a 20',
      'TikTok\u00a0is owned by the Chinese group Byt',
      'On Thursday, Chew had to admit that some',
      'The person in charge promised that by th',
      'ByteDance had acknowledged in November t',
      'h platform, and ranks very close to Netf',
      '(With information from AFP)',
    ]);
    for (const sentence of sentences) {
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('keeps a stray space before the full stop and a closing quote inside the sentence', () => {
    const sentences = splitSentences(ARTICLE);
    expect(sentences[1]?.text.endsWith('United States\u00a0.')).toBe(true);
    expect(sentences[6]?.text.endsWith('private data.”')).toBe(true);
    expect(sentences[12]?.text.endsWith('for\u00a0China\u00a0.')).toBe(true);
  });

  it('does not end a sentence after an abbreviation, an initial or before a lowercase word', () => {
    expect(
      texts('Mr. Chew met J. Smith in the U.S. on Friday. It rained, e.g. all day.'),
    ).toStrictEqual(['Mr. Chew met J. Smith in the U.S. on Friday.', 'It rained, e.g. all day.']);
    expect(texts('He said “no.” and left. Then? Yes!')).toStrictEqual([
      'He said “no.” and left.',
      'Then?',
      'Yes!',
    ]);
  });

  it('never joins lines, and skips blank ones, with any line ending', () => {
    expect(texts('Title without stop\r\n\r\nFirst. Second.\rThird')).toStrictEqual([
      'Title without stop',
      'First.',
      'Second.',
      'Third',
    ]);
    expect(splitSentences('  \n\n ')).toStrictEqual([]);
  });

  it('gives offsets into the original text and consecutive indexes', () => {
    expect(splitSentences('A b.  C d.\n E.')).toStrictEqual([
      { index: 0, start: 0, end: 4, text: 'A b.' },
      { index: 1, start: 6, end: 10, text: 'C d.' },
      { index: 2, start: 12, end: 14, text: 'E.' },
    ]);
  });
});

describe('sentenceIndexAt', () => {
  const sentences = splitSentences('A b.  C d.\n E.');
  it('finds the sentence that contains an offset, or -1 between sentences', () => {
    expect([0, 3, 4, 6, 9, 12, 13, 14].map((o) => sentenceIndexAt(sentences, o))).toStrictEqual([
      0, 0, -1, 1, 1, 2, 2, -1,
    ]);
    expect(sentenceIndexAt([], 0)).toBe(-1);
  });
});
