import type { GraphDto } from '../../contract.ts';

/** A small graph with the awkward cases: a property named `target`, lists, markup, a negative percentage. */
export const graph: GraphDto = {
  nodes: [
    {
      id: 'bytedance',
      labels: ['Entity', 'Company'],
      properties: { id: 'bytedance', name: 'ByteDance', aliases: ['ByteDance', 'the group'] },
    },
    {
      id: 'tiktok',
      labels: ['Entity', 'Product'],
      properties: {
        id: 'tiktok',
        name: 'TikTok <app> & "co"',
        americanUsers: 150000000,
        aliases: [],
      },
    },
  ],
  edges: [
    {
      id: 'bytedance-owns-tiktok',
      type: 'OWNS',
      source: 'bytedance',
      target: 'tiktok',
      properties: {
        id: 'bytedance-owns-tiktok',
        score: 0.5,
        target: 'the app',
        change: '-5%',
        evidenceQuotes: ['owned by ByteDance', 'in the hands of; ByteDance'],
        evidenceStarts: [10, 40],
      },
    },
  ],
};
