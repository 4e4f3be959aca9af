import { describe, expect, it } from 'vitest';
import { mergeKnown, suggestMentions, type KnownEntity } from './suggestions.ts';

const TEXT = 'Shou Zi Chew spoke. Chew said TikTok, owned by ByteDance, is safe. TikTok again.';

const graph: KnownEntity[] = [
  { id: 'shou-zi-chew', name: 'Shou Zi Chew', type: 'Person', aliases: ['Chew'] },
  { id: 'tiktok', name: 'TikTok', type: 'Product', aliases: ['the platform'] },
  { id: 'bytedance', name: 'ByteDance', type: 'Company', aliases: [] },
  { id: 'claim-safe', name: 'TikTok', type: 'Claim', aliases: [] },
];

describe('suggestMentions', () => {
  it('lists each wording of a known entity once, in text order, none accepted yet', () => {
    expect(suggestMentions(TEXT, graph, [])).toStrictEqual([
      {
        entityId: 'shou-zi-chew',
        entityName: 'Shou Zi Chew',
        type: 'Person',
        surface: 'Shou Zi Chew',
        start: 0,
        end: 12,
        occurrences: 1,
        accepted: false,
      },
      {
        entityId: 'shou-zi-chew',
        entityName: 'Shou Zi Chew',
        type: 'Person',
        surface: 'Chew',
        start: 20,
        end: 24,
        occurrences: 1,
        accepted: false,
      },
      {
        entityId: 'tiktok',
        entityName: 'TikTok',
        type: 'Product',
        surface: 'TikTok',
        start: 30,
        end: 36,
        occurrences: 2,
        accepted: false,
      },
      {
        entityId: 'bytedance',
        entityName: 'ByteDance',
        type: 'Company',
        surface: 'ByteDance',
        start: 47,
        end: 56,
        occurrences: 1,
        accepted: false,
      },
    ]);
  });

  it('counts a wording as accepted once the article holds the entity under it', () => {
    const article: KnownEntity[] = [
      { id: 'tiktok', name: 'TikTok', type: 'Product', aliases: [] },
      { id: 'shou-zi-chew', name: 'Shou Zi Chew', type: 'Person', aliases: [] },
    ];
    const accepted = suggestMentions(TEXT, graph, article).map((s) => [s.surface, s.accepted]);
    expect(accepted).toStrictEqual([
      ['Shou Zi Chew', true],
      ['Chew', false],
      ['TikTok', true],
      ['ByteDance', false],
    ]);
  });
});

describe('mergeKnown', () => {
  it('joins the aliases an article adds to the graph’s entity', () => {
    const merged = mergeKnown(graph.slice(2, 3), [
      { id: 'bytedance', name: 'ByteDance', type: 'Company', aliases: ['the group'] },
      { id: 'oracle', name: 'Oracle', type: 'Company', aliases: [] },
    ]);
    expect(merged).toStrictEqual([
      { id: 'bytedance', name: 'ByteDance', type: 'Company', aliases: ['the group'] },
      { id: 'oracle', name: 'Oracle', type: 'Company', aliases: [] },
    ]);
  });
});
