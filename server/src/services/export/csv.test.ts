import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { GraphDto } from '../../contract.ts';
import { csvCell, toCsvZip } from './csv.ts';
import { graph } from './testGraph.ts';

const files = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

describe('CSV export', () => {
  it('writes neo4j-admin import files: typed, unique headers and lists joined by a free delimiter', () => {
    const zip = files(toCsvZip(graph));
    expect(Object.keys(zip).sort()).toStrictEqual(['README.txt', 'nodes.csv', 'relationships.csv']);
    // A quote holds ';', so the list items are joined by the next delimiter, '|'.
    expect(zip['nodes.csv']).toBe(
      'id:ID(Entity),:LABEL,aliases:string[],americanUsers:long,name:string\r\n' +
        'bytedance,Entity|Company,ByteDance|the group,,ByteDance\r\n' +
        'tiktok,Entity|Product,,150000000,"TikTok <app> & ""co"""\r\n',
    );
    expect(zip['relationships.csv']).toBe(
      ':START_ID(Entity),:END_ID(Entity),:TYPE,id:string,change:string,evidenceQuotes:string[],evidenceStarts:long[],score:double,target:string\r\n' +
        'bytedance,tiktok,OWNS,bytedance-owns-tiktok,-5%,owned by ByteDance|in the hands of; ByteDance,10|40,0.5,the app\r\n',
    );
    expect(zip['README.txt']).toContain(
      'neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter="|" --multiline-fields=true neo4j',
    );
    expect(zip['README.txt']).toContain('Spreadsheet guard OFF');
  });

  it('uses ";" when no list item holds it, and converts each column back in the LOAD CSV recipe', () => {
    const plain: GraphDto = {
      nodes: graph.nodes,
      edges: graph.edges.map((edge) => ({
        ...edge,
        properties: { ...edge.properties, evidenceQuotes: ['owned by ByteDance'] },
      })),
    };
    const readme = files(toCsvZip(plain))['README.txt'] ?? '';
    expect(readme).toContain('--array-delimiter=";"');
    expect(readme).toContain(
      'MERGE (a)-[r:$(row.`:TYPE`) {id: row.`id:string`}]->(b)\n' +
        'SET r.`change` = row.`change:string`,\n' +
        "    r.`evidenceQuotes` = split(row.`evidenceQuotes:string[]`, ';'),\n" +
        "    r.`evidenceStarts` = [item IN split(row.`evidenceStarts:long[]`, ';') | toInteger(item)],\n" +
        '    r.`score` = toFloat(row.`score:double`),\n' +
        '    r.`target` = row.`target:string`;\n',
    );
  });

  it('guards spreadsheet formulas only when asked, and never alters a plain number like -5%', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"=HYPERLINK(""x"")"');
    expect(csvCell('=HYPERLINK("x")', true)).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)', true)).toBe("'@SUM(A1)");
    expect(csvCell('-5%', true)).toBe('-5%');
    expect(csvCell(-3, true)).toBe('-3');
    const guarded = files(toCsvZip(graph, { formulaGuard: true }));
    expect(guarded['README.txt']).toContain('Spreadsheet guard ON');
  });

  it('leaves out properties whose names cannot be headers, and says so', () => {
    const odd: GraphDto = {
      nodes: [{ id: 'a', labels: ['Entity'], properties: { id: 'a', 'x:y': 1 } }],
      edges: [],
    };
    const zip = files(toCsvZip(odd));
    expect(zip['nodes.csv']).toBe('id:ID(Entity),:LABEL\r\na,Entity\r\n');
    expect(zip['README.txt']).toContain('Left out: the properties "x:y"');
  });
});
