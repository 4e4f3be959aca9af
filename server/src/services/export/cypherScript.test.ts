import { describe, expect, it } from 'vitest';
import { cypherLiteral, toCypherScript } from './cypherScript.ts';
import { graph } from './testGraph.ts';

describe('Cypher export', () => {
  it('escapes literals so a value cannot end its string or its line', () => {
    expect(cypherLiteral("it's \\ new\nline\u2028")).toBe("'it\\'s \\\\ new\\nline\\u2028'");
    expect(cypherLiteral(['a', 'b'])).toBe("['a', 'b']");
    expect(cypherLiteral([1, 2.5])).toBe('[1, 2.5]');
  });

  it('creates constraints if missing, then MERGEs nodes and relationships on their ids', () => {
    const lines = toCypherScript(graph).split('\n').slice(4);
    expect(lines).toStrictEqual([
      'CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.id IS UNIQUE;',
      'CREATE CONSTRAINT `owns_id` IF NOT EXISTS FOR ()-[r:`OWNS`]-() REQUIRE r.id IS UNIQUE;',
      'UNWIND [',
      "  {id: 'bytedance', properties: {`id`: 'bytedance', `name`: 'ByteDance', `aliases`: ['ByteDance', 'the group']}}",
      '] AS row',
      'MERGE (n:`Entity` {id: row.id})',
      'SET n += row.properties, n:`Company`;',
      'UNWIND [',
      "  {id: 'tiktok', properties: {`id`: 'tiktok', `name`: 'TikTok <app> & \"co\"', `americanUsers`: 150000000, `aliases`: []}}",
      '] AS row',
      'MERGE (n:`Entity` {id: row.id})',
      'SET n += row.properties, n:`Product`;',
      'UNWIND [',
      "  {id: 'bytedance-owns-tiktok', source: 'bytedance', target: 'tiktok', properties: {`id`: 'bytedance-owns-tiktok', `score`: 0.5, `target`: 'the app', `change`: '-5%', `evidenceQuotes`: ['owned by ByteDance', 'in the hands of; ByteDance'], `evidenceStarts`: [10, 40]}}",
      '] AS row',
      'MATCH (a:`Entity` {id: row.source})',
      'MATCH (b:`Entity` {id: row.target})',
      'MERGE (a)-[r:`OWNS` {id: row.id}]->(b)',
      'SET r += row.properties;',
      '',
    ]);
  });

  it('writes a storable value for what Neo4j cannot store: maps as JSON text, no nulls in lists', () => {
    const script = toCypherScript({
      nodes: [
        {
          id: 'x',
          labels: ['Entity'],
          properties: { mixed: [1, 'a', null], map: { a: 1 }, gone: null },
        },
      ],
      edges: [],
    });
    expect(script).toContain("{id: 'x', properties: {`mixed`: ['1', 'a'], `map`: '{\"a\":1}'}}");
  });
});
