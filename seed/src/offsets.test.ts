import { describe, expect, it } from 'vitest';
import { checkEvidence, locateQuote, occurrencesOf } from './offsets.ts';

const TEXT = 'China\u00a0said it “never” asks. China said so. TikTok – the app.';

describe('occurrencesOf', () => {
  it('finds every start, overlapping ones included', () => {
    expect(occurrencesOf('aaa', 'aa')).toStrictEqual([0, 1]);
    expect(occurrencesOf('abc', '')).toStrictEqual([]);
  });
});

describe('locateQuote', () => {
  it('computes offsets of a quote that occurs once', () => {
    expect(locateQuote(TEXT, { quote: 'asks' })).toStrictEqual({
      ok: true,
      value: { start: 22, end: 26, quote: 'asks' },
    });
  });

  it('refuses an ambiguous quote unless an occurrence says which one', () => {
    const result = locateQuote(TEXT, { quote: 'said' });
    expect(result).toStrictEqual({
      ok: false,
      message:
        'the quote is ambiguous: it occurs 2 times (at offsets 6, 34); add "occurrence": n (1-based) to say which one, or lengthen the quote',
    });
    expect(locateQuote(TEXT, { quote: 'said', occurrence: 2 })).toStrictEqual({
      ok: true,
      value: { start: 34, end: 38, quote: 'said' },
    });
    expect(locateQuote(TEXT, { quote: 'said', occurrence: 3 })).toMatchObject({ ok: false });
  });

  it('matches no-break spaces, curly quotes and dashes loosely and returns the exact text', () => {
    expect(locateQuote(TEXT, { quote: 'China said it "never" asks' })).toStrictEqual({
      ok: true,
      value: { start: 0, end: 26, quote: 'China\u00a0said it “never” asks' },
    });
    expect(locateQuote(TEXT, { quote: 'TikTok - the app' })).toMatchObject({
      ok: true,
      value: { quote: 'TikTok – the app' },
    });
  });

  it('keeps offsets that already point at the quote, and fails for an absent quote', () => {
    expect(locateQuote('ab ab', { quote: 'ab', start: 3, end: 5 })).toStrictEqual({
      ok: true,
      value: { start: 3, end: 5, quote: 'ab' },
    });
    expect(locateQuote(TEXT, { quote: 'Taiwan' })).toStrictEqual({
      ok: false,
      message: 'the quote does not occur in the article text: "Taiwan"',
    });
  });
});

describe('checkEvidence', () => {
  it('accepts offsets that point at the quote', () => {
    expect(checkEvidence(TEXT, { quote: 'asks', start: 22, end: 26 })).toBeNull();
  });

  it('names what is wrong with offsets', () => {
    expect(checkEvidence(TEXT, { quote: 'asks' })).toBe(
      'start and end are missing; run `npm run seed -- --fix-offsets` to compute them',
    );
    expect(checkEvidence(TEXT, { quote: 'asks', start: 21, end: 25 })).toBe(
      'the text at [21, 25) is " ask", not the quote; the quote occurs at 22. Run `npm run seed -- --fix-offsets`',
    );
    expect(checkEvidence(TEXT, { quote: 'Taiwan', start: 0, end: 6 })).toContain(
      'the quote does not occur in the text at all',
    );
    expect(checkEvidence(TEXT, { quote: 'x', start: 5, end: 5 })).toBe(
      'end (5) must be greater than start (5)',
    );
    expect(checkEvidence('abc', { quote: 'c', start: 2, end: 9 })).toBe(
      'end (9) is past the end of the text (3)',
    );
    expect(checkEvidence(TEXT, { quote: 'said', start: 6, end: 10, occurrence: 2 })).toBe(
      '"occurrence": 2 points at offset 34, but start is 6',
    );
  });
});
