import { describe, expect, it } from 'vitest';
import { toGraphml } from './graphml.ts';
import { graph } from './testGraph.ts';

describe('GraphML export', () => {
  it('declares every key for nodes or for edges, typed, and keeps lists as JSON text', () => {
    const lines = toGraphml(graph).split('\n');
    expect(lines.filter((line) => line.includes('<key '))).toStrictEqual([
      '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="n_labels" for="node" attr.name="labels" attr.type="string"/>',
      '  <key id="n0" for="node" attr.name="aliases" attr.type="string"/>',
      '  <key id="n1" for="node" attr.name="americanUsers" attr.type="long"/>',
      '  <key id="n2" for="node" attr.name="id" attr.type="string"/>',
      '  <key id="n3" for="node" attr.name="name" attr.type="string"/>',
      '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
      '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
      '  <key id="e0" for="edge" attr.name="change" attr.type="string"/>',
      '  <key id="e1" for="edge" attr.name="evidenceQuotes" attr.type="string"/>',
      '  <key id="e2" for="edge" attr.name="evidenceStarts" attr.type="string"/>',
      '  <key id="e3" for="edge" attr.name="id" attr.type="string"/>',
      '  <key id="e4" for="edge" attr.name="score" attr.type="double"/>',
      '  <key id="e5" for="edge" attr.name="target" attr.type="string"/>',
    ]);
    expect(lines).toContain(
      '      <data key="n_label">TikTok &lt;app&gt; &amp; &quot;co&quot;</data>',
    );
    expect(lines).toContain(
      '      <data key="e1">[&quot;owned by ByteDance&quot;,&quot;in the hands of; ByteDance&quot;]</data>',
    );
    expect(lines).toContain(
      '    <edge id="bytedance-owns-tiktok" source="bytedance" target="tiktok">',
    );
  });

  it('lets a property named label stand in for the generated one', () => {
    const xml = toGraphml({
      nodes: [{ id: 'a', labels: ['Entity'], properties: { label: 'Mine' } }],
      edges: [],
    });
    expect(xml).not.toContain('n_label"');
    expect(xml).toContain('<data key="n0">Mine</data>');
  });
});
