import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { GraphDto } from '../../contract.ts';
import { csvCell, toCsvZip } from './csv.ts';
import { cypherLiteral, toCypherScript } from './cypherScript.ts';
import { toGraphml } from './graphml.ts';
import { renderExport } from './index.ts';

const graph: GraphDto = {
  nodes: [
    {
      id: 'bytedance',
      labels: ['Entity', 'Company'],
      properties: { id: 'bytedance', name: 'ByteDance', aliases: ['ByteDance'] },
    },
    {
      id: 'tiktok',
      labels: ['Entity', 'Product'],
      properties: { id: 'tiktok', name: 'TikTok <app> & "co"', americanUsers: 150000000 },
    },
  ],
  edges: [
    {
      id: 'bytedance-owns-tiktok',
      type: 'OWNS',
      source: 'bytedance',
      target: 'tiktok',
      properties: { id: 'bytedance-owns-tiktok', score: 0.5 },
    },
  ],
};

describe('GraphML export', () => {
  it('declares a typed key per property and escapes XML', () => {
    const xml = toGraphml(graph);
    expect(xml).toContain(
      '<key id="n_americanUsers" for="node" attr.name="americanUsers" attr.type="long"/>',
    );
    expect(xml).toContain('<key id="e_score" for="edge" attr.name="score" attr.type="double"/>');
    expect(xml).toContain(
      '<key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>',
    );
    expect(xml).toContain('<data key="label">TikTok &lt;app&gt; &amp; &quot;co&quot;</data>');
    expect(xml).toContain('<edge id="bytedance-owns-tiktok" source="bytedance" target="tiktok">');
    expect(xml).toContain('<data key="n_aliases">[&quot;ByteDance&quot;]</data>');
  });
});

describe('CSV export', () => {
  it('zips nodes.csv and edges.csv with a header row', () => {
    const files = unzipSync(toCsvZip(graph));
    expect(Object.keys(files).sort()).toStrictEqual(['edges.csv', 'nodes.csv']);
    expect(strFromU8(files['nodes.csv'] ?? new Uint8Array())).toBe(
      'id,labels,aliases,americanUsers,name\r\n' +
        'bytedance,Entity;Company,"[""ByteDance""]",,ByteDance\r\n' +
        'tiktok,Entity;Product,,150000000,"TikTok <app> & ""co"""\r\n',
    );
    expect(strFromU8(files['edges.csv'] ?? new Uint8Array())).toBe(
      'id,type,source,target,score\r\nbytedance-owns-tiktok,OWNS,bytedance,tiktok,0.5\r\n',
    );
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('Cypher export', () => {
  it('escapes literals so a value cannot end its string', () => {
    expect(cypherLiteral("it's \\ new\nline")).toBe("'it\\'s \\\\ new\\nline'");
    expect(cypherLiteral([1, 'a', null])).toBe("[1, 'a', null]");
  });

  it('recreates nodes, then relationships, then removes its temporary key', () => {
    const lines = toCypherScript(graph).trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toBe(
      "CREATE (:`NewsgraphImport`:`Entity`:`Company` {`id`: 'bytedance', `name`: 'ByteDance', `aliases`: ['ByteDance'], `__newsgraphExportId`: 'bytedance'});",
    );
    expect(lines[4]).toContain(
      "CREATE (a)-[:`OWNS` {`id`: 'bytedance-owns-tiktok', `score`: 0.5}]->(b);",
    );
    expect(lines[5]).toBe(
      'MATCH (n:NewsgraphImport) REMOVE n.__newsgraphExportId, n:NewsgraphImport;',
    );
  });
});

describe('renderExport', () => {
  it('names files after what they hold', () => {
    const day = new Date('2026-11-28T10:00:00Z');
    expect(renderExport(graph, 'graphml', day).filename).toBe(
      'newsgraph-subgraph-2n-1e-2026-11-28.graphml',
    );
    expect(renderExport(graph, 'csv', day)).toMatchObject({
      contentType: 'application/zip',
      filename: 'newsgraph-subgraph-2n-1e-2026-11-28.csv.zip',
    });
  });
});
