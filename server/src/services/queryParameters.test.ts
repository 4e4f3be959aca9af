import { describe, expect, it } from 'vitest';
import type { QueryParameterDto } from '@newsgraph/model';
import { resolveParameters } from './queryParameters.ts';

const declared: QueryParameterDto[] = [
  { name: 'entity', type: 'node-id', default: 'tiktok' },
  { name: 'limit', type: 'integer', default: 25 },
  { name: 'minScore', type: 'float' },
  { name: 'strict', type: 'boolean', default: false },
];

describe('resolveParameters', () => {
  it('fills defaults and coerces strings from forms to declared types', () => {
    expect(
      resolveParameters(declared, { minScore: '0.5', limit: '10', strict: 'true' }),
    ).toStrictEqual({
      entity: 'tiktok',
      limit: 10,
      minScore: 0.5,
      strict: true,
    });
  });

  it('refuses parameters the query does not declare', () => {
    expect(() => resolveParameters(declared, { minScore: 1, evil: 'x' })).toThrow(
      'Unknown parameter(s) "evil". This query declares: entity, limit, minScore, strict.',
    );
  });

  it('names a missing required parameter', () => {
    expect(() => resolveParameters(declared, {})).toThrow(
      'Parameter "minScore" is required and has no default.',
    );
  });

  it('names a value of the wrong type', () => {
    expect(() => resolveParameters(declared, { minScore: 1, limit: 2.5 })).toThrow(
      'Parameter "limit" must be a whole number; got 2.5.',
    );
    expect(() => resolveParameters(declared, { minScore: 1, entity: 7 })).toThrow(
      'Parameter "entity" must be a string; got 7.',
    );
  });
});
