import { describe, expect, it } from 'vitest';
import { toFollowTheMoney, toFollowTheMoneyNdjson } from './followTheMoney.ts';
import { graph } from './testGraph.ts';

describe('toFollowTheMoney', () => {
  it('maps entities by type, OWNS to Ownership, and keeps each quote as a summary value', () => {
    expect(toFollowTheMoney(graph)).toStrictEqual([
      {
        id: 'bytedance',
        schema: 'Company',
        properties: { name: ['ByteDance'], alias: ['the group'], keywords: ['Company'] },
      },
      {
        id: 'tiktok',
        schema: 'Asset',
        properties: { name: ['TikTok <app> & "co"'], keywords: ['Product'] },
      },
      {
        id: 'bytedance-owns-tiktok',
        schema: 'Ownership',
        properties: {
          owner: ['bytedance'],
          asset: ['tiktok'],
          role: ['OWNS'],
          summary: ['owned by ByteDance', 'in the hands of; ByteDance'],
          description: ['narrated'],
          recordId: ['bytedance-owns-tiktok'],
        },
      },
    ]);
  });

  it('falls back to UnknownLink when the ends cannot own or be owned, and to Note for other types', () => {
    const [company, product] = graph.nodes;
    if (!company || !product) throw new Error('test graph changed');
    const reversed = {
      nodes: [company, { ...product, labels: ['Entity', 'Claim'] }],
      edges: graph.edges.map((edge) => ({ ...edge, source: 'tiktok', target: 'bytedance' })),
    };
    const lines = toFollowTheMoney(reversed);
    expect(lines.map((line) => line.schema)).toStrictEqual(['Company', 'Note', 'UnknownLink']);
    expect(lines[2]?.properties.subject).toStrictEqual(['tiktok']);
    expect(toFollowTheMoneyNdjson(reversed).split('\n')).toHaveLength(4);
  });
});
