import { describe, expect, it } from 'vitest';
import { compareIds } from './compareIds.ts';

describe('compareIds', () => {
  it('orders by code unit, whatever the locale', () => {
    // Danish collation puts "aa" after "z"; by code unit it comes first.
    expect(['zebra', 'aarhus', 'n10', 'n2', 'a-b', 'ab', 'B'].sort(compareIds)).toStrictEqual([
      'B',
      'a-b',
      'aarhus',
      'ab',
      'n10',
      'n2',
      'zebra',
    ]);
    expect(compareIds('aarhus', 'zebra')).toBeLessThan(0);
    expect(compareIds('zebra', 'zebra')).toBe(0);
  });
});
