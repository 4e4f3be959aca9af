import { describe, expect, it } from 'vitest';
import type { QueryParameterDto } from '../../api/types.ts';
import {
  coerceParameters,
  fieldValuesFrom,
  initialFieldValue,
  typedDefault,
} from './paramCoercion.ts';

const parameters: QueryParameterDto[] = [
  { name: 'id', type: 'node-id' },
  { name: 'limit', type: 'integer', default: 10 },
  { name: 'weight', type: 'float' },
  { name: 'deep', type: 'boolean', default: false },
  { name: 'text', type: 'string' },
];

describe('coerceParameters', () => {
  it('types every field by its declaration, defaults filling the gaps', () => {
    expect(
      coerceParameters(parameters, { id: ' tiktok ', weight: '0.5', text: ' as typed ' }),
    ).toStrictEqual({
      ok: true,
      params: { id: 'tiktok', limit: 10, weight: 0.5, deep: false, text: ' as typed ' },
    });
  });

  it('names each field that does not fit, with how to fix it', () => {
    expect(
      coerceParameters(parameters, { id: '', limit: '2.5', weight: 'abc', deep: 'yes' }),
    ).toStrictEqual({
      ok: false,
      errors: {
        id: 'Enter an entity id (search for it, or select one).',
        limit: 'Enter a whole number, e.g. 3.',
        weight: 'Enter a number, e.g. 0.5.',
        deep: 'Choose true or false.',
      },
    });
  });

  it('round-trips typed params to form text', () => {
    const text = fieldValuesFrom({ id: 'tiktok', limit: 3, deep: true });
    expect(text).toStrictEqual({ id: 'tiktok', limit: '3', deep: 'true' });
    expect(coerceParameters(parameters, { ...text, weight: '1' })).toStrictEqual({
      ok: true,
      params: { id: 'tiktok', limit: 3, weight: 1, deep: true, text: '' },
    });
  });

  it('stores typed defaults from the query form, dropping ones that do not fit', () => {
    expect(initialFieldValue({ name: 'n', type: 'integer', default: 5 })).toBe('5');
    expect(typedDefault({ name: 'n', type: 'integer', default: '7' })).toStrictEqual({
      name: 'n',
      type: 'integer',
      default: 7,
    });
    expect(typedDefault({ name: 'n', type: 'integer', default: 'seven' })).toStrictEqual({
      name: 'n',
      type: 'integer',
    });
    expect(typedDefault({ name: 'b', type: 'boolean', default: 'true' })).toStrictEqual({
      name: 'b',
      type: 'boolean',
      default: true,
    });
  });
});
