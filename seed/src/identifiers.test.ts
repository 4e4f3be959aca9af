import { describe, expect, it } from 'vitest';
import { entityLabel, propertyKey, quoteIdentifier, relationshipType } from './identifiers.ts';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '@newsgraph/model';

describe('quoteIdentifier', () => {
  it('wraps a plain name in backticks', () => {
    expect(quoteIdentifier('OWNS')).toBe('`OWNS`');
  });

  it('doubles backticks so a name cannot close the identifier early', () => {
    expect(quoteIdentifier('a`) DETACH DELETE (n')).toBe('`a``) DETACH DELETE (n`');
    expect(quoteIdentifier('``')).toBe('``````');
  });

  it('keeps spaces, dots and non-ASCII letters inside the quotes', () => {
    expect(quoteIdentifier('Government Body.é')).toBe('`Government Body.é`');
  });

  it('rejects empty, overlong and NUL-containing names', () => {
    expect(() => quoteIdentifier('')).toThrow(RangeError);
    expect(() => quoteIdentifier('x'.repeat(257))).toThrow('1 to 256 characters, got 257');
    expect(quoteIdentifier('x'.repeat(256))).toHaveLength(258);
    expect(() => quoteIdentifier('a\u0000b')).toThrow('NUL');
  });
});

describe('vocabulary gates', () => {
  it('quotes every entity type and relationship type of the vocabulary', () => {
    expect(ENTITY_TYPES.map(entityLabel)).toStrictEqual(ENTITY_TYPES.map((t) => `\`${t}\``));
    expect(RELATIONSHIP_TYPES.map(relationshipType)).toStrictEqual(
      RELATIONSHIP_TYPES.map((t) => `\`${t}\``),
    );
  });

  it('refuses names outside the vocabulary, even harmless-looking ones', () => {
    expect(() => entityLabel('Entity')).toThrow('"Entity" is not an entity type');
    expect(() => entityLabel('person')).toThrow(RangeError);
    expect(() => relationshipType('owns')).toThrow('"owns" is not a relationship type');
    expect(() => relationshipType('OWNS`]->() DELETE r //')).toThrow(RangeError);
  });
});

describe('propertyKey', () => {
  it('quotes camelCase property names and refuses anything else', () => {
    expect(propertyKey('americanUsers')).toBe('`americanUsers`');
    expect(propertyKey('year2017')).toBe('`year2017`');
    for (const bad of ['', 'Name', 'snake_case', 'a-b', 'a`b', '2x', 'a b']) {
      expect(() => propertyKey(bad)).toThrow(RangeError);
    }
  });
});
