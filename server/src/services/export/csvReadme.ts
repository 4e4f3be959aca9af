import { quoteIdentifier } from '../../graph/identifiers.ts';
import type { ColumnType } from './propertyColumns.ts';

/** One CSV file of the zip: its typed header and its rows (the README describes them). */
export interface CsvTable {
  header: string[];
  /** Property key and type of each property column, in header order. */
  properties: [string, ColumnType][];
  /** Cells already quoted for CSV. */
  rows: string[][];
}

export interface CsvReadmeInput {
  nodes: CsvTable;
  relationships: CsvTable;
  delimiter: string;
  skippedKeys: string[];
  formulaGuard: boolean;
}

const cypherString = (text: string): string =>
  `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The Cypher expression that turns one LOAD CSV cell (text or null) back into its typed value. */
function typedCell(header: string, column: ColumnType, delimiter: string): string {
  const cell = `row.${quoteIdentifier(header)}`;
  const convert = (item: string): string =>
    column.base === 'long'
      ? `toInteger(${item})`
      : column.base === 'double'
        ? `toFloat(${item})`
        : column.base === 'boolean'
          ? `toBoolean(${item})`
          : item;
  if (!column.list) return convert(cell);
  const split = `split(${cell}, ${cypherString(delimiter)})`;
  return column.base === 'string' ? split : `[item IN ${split} | ${convert('item')}]`;
}

function setters(variable: string, table: CsvTable, delimiter: string): string[] {
  return table.properties.map(([key, column], i) => {
    const header = table.header[table.header.length - table.properties.length + i] ?? key;
    return `${variable}.${quoteIdentifier(key)} = ${typedCell(header, column, delimiter)}`;
  });
}

/**
 * LOAD CSV statements for these exact columns: MERGE on the stable ids, so
 * running them twice changes nothing, then every property with its type.
 * Labels and types are set with Neo4j 5.26's dynamic `$(…)` syntax.
 */
export function loadCsvRecipe(input: CsvReadmeInput, folder = 'file:///'): string {
  const { nodes, relationships, delimiter } = input;
  const nodeSets = [
    `n:$(split(row.${quoteIdentifier(':LABEL')}, ${cypherString(delimiter)}))`,
    ...setters('n', nodes, delimiter),
  ];
  const relationshipSets = setters('r', relationships, delimiter);
  const id = quoteIdentifier(nodes.header[0] ?? '');
  const [start, end, type, relationshipId] = relationships.header.map(quoteIdentifier);
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    '',
    `LOAD CSV WITH HEADERS FROM ${cypherString(`${folder}nodes.csv`)} AS row`,
    `MERGE (n:Entity {id: row.${id}})`,
    `SET ${nodeSets.join(',\n    ')};`,
    '',
    `LOAD CSV WITH HEADERS FROM ${cypherString(`${folder}relationships.csv`)} AS row`,
    `MATCH (a:Entity {id: row.${start ?? ''}})`,
    `MATCH (b:Entity {id: row.${end ?? ''}})`,
    `MERGE (a)-[r:$(row.${type ?? ''}) {id: row.${relationshipId ?? ''}}]->(b)` +
      (relationshipSets.length === 0 ? ';' : `\nSET ${relationshipSets.join(',\n    ')};`),
    '',
  ].join('\n');
}

/** README.txt for the CSV zip: what the files are, the exact import command, a LOAD CSV recipe. */
export function csvReadme(input: CsvReadmeInput): string {
  const { nodes, relationships, delimiter, skippedKeys, formulaGuard } = input;
  // Stryker disable StringLiteral,ArrayDeclaration: prose for people; its facts (counts,
  // delimiter, command, guard and left-out notes, the recipe) are tested in csvReadme.test.ts
  // and csv.test.ts, and the integration tests run the command and the recipe.
  return [
    'Newsgraph Explorer CSV export',
    '=============================',
    '',
    `nodes.csv          ${nodes.rows.length} entities, one per row`,
    `relationships.csv  ${relationships.rows.length} relationships, one per row`,
    '',
    'The headers are in neo4j-admin import form: `id:ID(Entity)` is the stable entity id',
    '(stored as the `id` property), `:LABEL` the labels, `:START_ID(Entity)` and',
    '`:END_ID(Entity)` the endpoints, `:TYPE` the relationship type, and every other',
    'column is `property:type` (string, long, double, boolean, or a list such as string[]).',
    `List items are separated by "${delimiter}"; evidence quotes are the lists evidenceQuotes,`,
    'evidenceStarts, evidenceEnds, evidenceSentenceIndexes and evidenceArticleIds, item by item.',
    '',
    formulaGuard
      ? "Spreadsheet guard ON: text starting with = + - or @ was prefixed with ' so that a spreadsheet shows it as text. Those values differ from the database; export again with the guard off before importing."
      : 'Spreadsheet guard OFF: values are exactly as stored, ready for a database import. If you open these files in a spreadsheet, ask for the guarded export instead.',
    ...(skippedKeys.length === 0
      ? []
      : [
          '',
          `Left out: the properties ${skippedKeys.map((key) => JSON.stringify(key)).join(', ')}, whose names contain ':' or a line break and cannot be CSV headers. Use the JSON or GraphML export for them.`,
        ]),
    '',
    '1. Into a new database, with neo4j-admin (Neo4j 5, database stopped)',
    '--------------------------------------------------------------------',
    '',
    `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter="${delimiter}" --multiline-fields=true neo4j`,
    '',
    'Add --overwrite-destination=true to replace an existing database of that name.',
    'Then start Neo4j and create the uniqueness constraint the app relies on:',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    '',
    '2. Into a running database, with LOAD CSV (Neo4j 5.26 or later)',
    '---------------------------------------------------------------',
    '',
    "Copy both files into the database's import folder and run these statements",
    '(cypher-shell -f, or one by one in Neo4j Browser). They MERGE on the stable ids,',
    'so running them again, or into a database that already holds these entities,',
    'updates them instead of making copies.',
    '',
    loadCsvRecipe(input),
  ].join('\n');
  // Stryker restore StringLiteral,ArrayDeclaration
}
