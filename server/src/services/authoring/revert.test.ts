import { describe, expect, it } from 'vitest';
import type { SeedArticle, SeedEntity } from '@newsgraph/seed';
import { revertChange } from './revert.ts';

const entity = (id: string, aliases: string[] = []): SeedEntity => ({
  id,
  name: id,
  type: 'Person',
  aliases,
  description: `${id}.`,
  properties: {},
});

const base: SeedArticle = {
  id: 'a',
  title: 'T',
  outlet: 'O',
  publishedAt: '2023-03-27',
  language: 'en',
  text: 'Ann met Bob.',
  entities: [entity('ann')],
  relationships: [],
};

describe('revertChange', () => {
  it('undoes an addition, a removal and a change, keeping later unrelated edits', () => {
    const before = base;
    const after = { ...base, entities: [entity('ann', ['Annie']), entity('bob')] };
    const later = { ...after, entities: [...after.entities, entity('cy')], title: 'New title' };
    expect(revertChange(later, before, after, 2)).toStrictEqual({
      ...later,
      entities: [entity('ann'), entity('cy')],
    });
  });

  it('puts back what a change deleted', () => {
    const after = { ...base, entities: [] };
    expect(revertChange(after, base, after, 3).entities).toStrictEqual([entity('ann')]);
  });

  it('refuses when what the change touched has changed since, naming it', () => {
    const after = { ...base, entities: [entity('ann', ['Annie'])] };
    const later = { ...base, entities: [entity('ann', ['Annie', 'A.'])] };
    expect(() => revertChange(later, base, after, 4)).toThrow(
      expect.objectContaining({
        code: 'REVERT_CONFLICT',
        details: { conflicts: ['entity ann changed again since'] },
      }),
    );
  });
});
