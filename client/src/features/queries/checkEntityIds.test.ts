import { describe, expect, it } from 'vitest';
import { createFixtureApi } from '../../api/fixtureApi.ts';
import type { QueryParameterDto } from '../../api/types.ts';
import { checkEntityIds } from './checkEntityIds.ts';

const parameters: QueryParameterDto[] = [
  { name: 'from', type: 'node-id' },
  { name: 'to', type: 'node-id' },
  { name: 'limit', type: 'integer' },
];

describe('checkEntityIds', () => {
  it('accepts ids of entities and ignores other parameter types', async () => {
    const errors = await checkEntityIds(createFixtureApi(), parameters, {
      from: 'tiktok',
      to: 'oracle',
      limit: 5,
    });
    expect(errors).toStrictEqual({});
  });

  it('names each parameter whose id names no entity, before the query runs', async () => {
    const errors = await checkEntityIds(createFixtureApi(), parameters, {
      from: 'tiktok',
      to: 'TikTok Inc',
    });
    expect(errors).toStrictEqual({
      to: 'No entity has the id "TikTok Inc". Type part of a name and pick a suggestion, or use the selected entity.',
    });
  });
});
