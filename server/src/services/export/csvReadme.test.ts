import { describe, expect, it } from 'vitest';
import { csvReadme, loadCsvRecipe, type CsvReadmeInput } from './csvReadme.ts';

// Columns of every kind the recipe converts, and a delimiter and folder that
// need escaping inside a Cypher string.
const input: CsvReadmeInput = {
  nodes: {
    header: ['id:ID(Entity)', ':LABEL', 'active:boolean', 'tags:string[]', 'born:long'],
    properties: [
      ['active', { base: 'boolean', list: false }],
      ['tags', { base: 'string', list: true }],
      ['born', { base: 'long', list: false }],
    ],
    rows: [['a'], ['b'], ['c']],
  },
  relationships: {
    header: [
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'id:string',
      'flags:boolean[]',
      'weights:double[]',
    ],
    properties: [
      ['flags', { base: 'boolean', list: true }],
      ['weights', { base: 'double', list: true }],
    ],
    rows: [['r']],
  },
  delimiter: "'",
  skippedKeys: [],
  formulaGuard: false,
};

describe('loadCsvRecipe', () => {
  it('MERGEs on the ids and converts each column back to its type', () => {
    expect(loadCsvRecipe(input, "file:///C:\\it's/").split('\n')).toStrictEqual([
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
      '',
      "LOAD CSV WITH HEADERS FROM 'file:///C:\\\\it\\'s/nodes.csv' AS row",
      'MERGE (n:Entity {id: row.`id:ID(Entity)`})',
      "SET n:$(split(row.`:LABEL`, '\\'')),",
      '    n.`active` = toBoolean(row.`active:boolean`),',
      "    n.`tags` = split(row.`tags:string[]`, '\\''),",
      '    n.`born` = toInteger(row.`born:long`);',
      '',
      "LOAD CSV WITH HEADERS FROM 'file:///C:\\\\it\\'s/relationships.csv' AS row",
      'MATCH (a:Entity {id: row.`:START_ID(Entity)`})',
      'MATCH (b:Entity {id: row.`:END_ID(Entity)`})',
      'MERGE (a)-[r:$(row.`:TYPE`) {id: row.`id:string`}]->(b)',
      "SET r.`flags` = [item IN split(row.`flags:boolean[]`, '\\'') | toBoolean(item)],",
      "    r.`weights` = [item IN split(row.`weights:double[]`, '\\'') | toFloat(item)];",
      '',
    ]);
  });

  it('ends the relationship statement at the MERGE when relationships have no properties', () => {
    const bare = { ...input, relationships: { ...input.relationships, properties: [] } };
    expect(loadCsvRecipe(bare).split('\n').slice(-3)).toStrictEqual([
      'MATCH (b:Entity {id: row.`:END_ID(Entity)`})',
      'MERGE (a)-[r:$(row.`:TYPE`) {id: row.`id:string`}]->(b);',
      '',
    ]);
  });
});

describe('csvReadme', () => {
  it('counts the rows, names the delimiter and ends with the recipe for these files', () => {
    const readme = csvReadme(input);
    expect(readme).toContain('nodes.csv          3 entities, one per row\n');
    expect(readme).toContain('relationships.csv  1 relationships, one per row\n');
    expect(readme).toContain(`--array-delimiter="'" --multiline-fields=true neo4j\n`);
    expect(readme.endsWith(`\n\n${loadCsvRecipe(input)}`)).toBe(true);
    expect(readme).not.toContain('Left out');
  });
});
