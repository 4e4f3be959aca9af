import { describe, expect, it } from 'vitest';
import { quoteIdentifier } from './identifiers.ts';

describe('quoteIdentifier', () => {
  it('backtick-quotes plain names', () => {
    expect(quoteIdentifier('OWNS')).toBe('`OWNS`');
  });

  it('doubles embedded backticks so a name cannot close the quote', () => {
    expect(quoteIdentifier('A`]->() DETACH DELETE n //')).toBe('`A``]->() DETACH DELETE n //`');
  });

  it('refuses empty, over-long and NUL-containing names', () => {
    expect(() => quoteIdentifier('')).toThrow(RangeError);
    expect(() => quoteIdentifier('x'.repeat(257))).toThrow(RangeError);
    expect(() => quoteIdentifier('a\u0000b')).toThrow(/NUL/);
  });
});
