import { describe, expect, it } from 'vitest';
import { toCytoscapeJson, toGraphologyJson } from './jsonFormats.ts';
import { graph } from './testGraph.ts';

describe('JSON exports', () => {
  it('writes Cytoscape elements; a property that would shadow a structural field is renamed', () => {
    expect(toCytoscapeJson(graph).elements.edges).toStrictEqual([
      {
        data: {
          id: 'bytedance-owns-tiktok',
          source: 'bytedance',
          target: 'tiktok',
          type: 'OWNS',
          label: 'OWNS',
          score: 0.5,
          'property:target': 'the app',
          change: '-5%',
          evidenceQuotes: ['owned by ByteDance', 'in the hands of; ByteDance'],
          evidenceStarts: [10, 40],
        },
      },
    ]);
    expect(toCytoscapeJson(graph).elements.nodes[0]).toStrictEqual({
      data: {
        id: 'bytedance',
        label: 'ByteDance',
        labels: ['Entity', 'Company'],
        name: 'ByteDance',
        aliases: ['ByteDance', 'the group'],
      },
    });
  });

  it("writes graphology's serialized graph, keys outside the attributes", () => {
    const json = toGraphologyJson(graph);
    expect(json.options).toStrictEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(json.nodes[1]).toStrictEqual({
      key: 'tiktok',
      attributes: {
        label: 'TikTok <app> & "co"',
        labels: ['Entity', 'Product'],
        name: 'TikTok <app> & "co"',
        americanUsers: 150000000,
        aliases: [],
      },
    });
    expect(json.edges[0]?.attributes['property:target']).toBe('the app');
    expect(json.edges[0]?.source).toBe('bytedance');
  });
});
