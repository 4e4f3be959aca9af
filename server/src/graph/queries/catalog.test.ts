import { describe, expect, it } from 'vitest';
import { buildCountsQuery } from './catalog.ts';

describe('buildCountsQuery', () => {
  it('counts each label and type from the count store, names quoted', () => {
    expect(buildCountsQuery(['Person', 'we`ird'], ['OWNS'])).toBe(
      'RETURN [COUNT { (:`Person`) }, COUNT { (:`we``ird`) }, COUNT { ()-[:`OWNS`]->() }] AS counts',
    );
  });
});
