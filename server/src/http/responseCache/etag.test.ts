import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch, stableJson, strongEtag } from './etag.ts';

describe('strongEtag', () => {
  it('is a quoted sha1 of the bytes: equal bodies, equal tags', () => {
    const tag = strongEtag(Buffer.from('{"a":1}'));
    expect(tag).toBe('"n4nHQM60bXQYySSnisV5QdXpZSA"');
    expect(strongEtag(Buffer.from('{"a":1}'))).toBe(tag);
    expect(strongEtag(Buffer.from('{"a":2}'))).not.toBe(tag);
  });
});

describe('matchesIfNoneMatch', () => {
  const tag = '"abc"';
  it('matches the tag in a list, weakly, or *', () => {
    expect(matchesIfNoneMatch('"abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
  });
  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"abd"', tag)).toBe(false);
    expect(matchesIfNoneMatch('abc', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });
});

describe('stableJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
    expect(stableJson({ a: 1, b: 2 })).toBe(stableJson({ b: 2, a: 1 }));
  });
  it('leaves out undefined values, as JSON does, so an absent option equals an unset one', () => {
    expect(stableJson({ a: undefined, b: 1 })).toBe(stableJson({ b: 1 }));
  });
});
