import { strToU8, zipSync } from 'fflate';
import type { GraphDto, Properties } from '../../contract.ts';
import { csvReadme, type CsvTable } from './csvReadme.ts';
import {
  propertyColumns,
  storable,
  toColumn,
  type ColumnType,
  type StorableValue,
} from './propertyColumns.ts';

export interface CsvOptions {
  /**
   * Prefix `'` to text a spreadsheet would run as a formula (=, +, -, @).
   * Off by default: the zip is meant for `neo4j-admin database import`, and
   * the guard would change the stored values.
   */
  formulaGuard?: boolean;
}

/** The id space every node id lives in; neo4j-admin matches relationship endpoints within it. */
export const ID_SPACE = 'Entity';

/**
 * Array delimiters to try, in order: neo4j-admin's default first, then
 * characters that rarely occur in text. The first that occurs in no list
 * item is used, so no item can be split in two.
 */
const DELIMITERS = [';', '|', '¦', '¤'];

/** Text a spreadsheet would evaluate; plain numbers such as "-5%" are left alone. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?\d[\d.,\s]*%?$/;

/** A header name cannot carry ':' (neo4j-admin splits on it) or line breaks. */
const SAFE_KEY = /^[^:\r\n]+$/;

/** RFC 4180 quoting, which neo4j-admin, LOAD CSV and spreadsheets all read. */
export function csvCell(value: string | number | boolean | null, formulaGuard = false): string {
  if (value === null) return '';
  let text = String(value);
  if (formulaGuard && typeof value === 'string' && FORMULA.test(text) && !NUMBER_LIKE.test(text))
    text = `'${text}`;
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** neo4j-admin's type name for a column: `long`, `string[]`… */
export const neo4jType = (column: ColumnType): string => `${column.base}${column.list ? '[]' : ''}`;

interface Layout {
  delimiter: string;
  skippedKeys: string[];
  formulaGuard: boolean;
}

function chooseDelimiter(graph: GraphDto): string {
  const items: string[] = [];
  for (const node of graph.nodes) items.push(...node.labels);
  for (const item of [...graph.nodes, ...graph.edges]) {
    for (const value of Object.values(item.properties)) {
      const stored = storable(value);
      if (Array.isArray(stored)) items.push(...stored.map(String));
    }
  }
  const free = DELIMITERS.find((delimiter) => items.every((item) => !item.includes(delimiter)));
  if (free === undefined)
    throw new RangeError(
      `Every CSV array delimiter (${DELIMITERS.join(' ')}) occurs inside a list value; export as JSON or GraphML instead.`,
    );
  return free;
}

function cell(value: StorableValue | null, column: ColumnType, layout: Layout): string {
  if (value === null) return '';
  const converted = toColumn(value, column);
  const text = Array.isArray(converted) ? converted.join(layout.delimiter) : converted;
  return csvCell(text, layout.formulaGuard);
}

function propertyTable(
  items: { properties: Properties }[],
  layout: Layout,
): [string, ColumnType][] {
  const columns = [...propertyColumns(items).entries()].filter(([key]) => key !== 'id');
  for (const [key] of columns) if (!SAFE_KEY.test(key)) layout.skippedKeys.push(key);
  return columns.filter(([key]) => SAFE_KEY.test(key));
}

function nodesTable(graph: GraphDto, layout: Layout): CsvTable {
  const properties = propertyTable(graph.nodes, layout);
  return {
    header: [
      `id:ID(${ID_SPACE})`,
      ':LABEL',
      ...properties.map(([key, type]) => `${key}:${neo4jType(type)}`),
    ],
    properties,
    rows: graph.nodes.map((node) => [
      csvCell(node.id, layout.formulaGuard),
      csvCell(node.labels.join(layout.delimiter), layout.formulaGuard),
      ...properties.map(([key, type]) =>
        cell(storable(node.properties[key] ?? null), type, layout),
      ),
    ]),
  };
}

function relationshipsTable(graph: GraphDto, layout: Layout): CsvTable {
  const properties = propertyTable(graph.edges, layout);
  return {
    header: [
      `:START_ID(${ID_SPACE})`,
      `:END_ID(${ID_SPACE})`,
      ':TYPE',
      'id:string',
      ...properties.map(([key, type]) => `${key}:${neo4jType(type)}`),
    ],
    properties,
    rows: graph.edges.map((edge) => [
      csvCell(edge.source, layout.formulaGuard),
      csvCell(edge.target, layout.formulaGuard),
      csvCell(edge.type, layout.formulaGuard),
      csvCell(edge.id, layout.formulaGuard),
      ...properties.map(([key, type]) =>
        cell(storable(edge.properties[key] ?? null), type, layout),
      ),
    ]),
  };
}

const render = (table: CsvTable): string =>
  [table.header.map((name) => csvCell(name)), ...table.rows]
    .map((row) => row.join(','))
    .join('\r\n') + '\r\n';

/**
 * A zip with nodes.csv and relationships.csv in neo4j-admin's import form
 * (typed headers, `:ID`/`:LABEL`/`:START_ID`/`:END_ID`/`:TYPE`, lists joined
 * by the array delimiter), and a README.txt with the import command and a
 * LOAD CSV recipe for these exact columns.
 */
export function toCsvZip(graph: GraphDto, options: CsvOptions = {}): Uint8Array {
  const layout: Layout = {
    delimiter: chooseDelimiter(graph),
    skippedKeys: [],
    formulaGuard: options.formulaGuard ?? false,
  };
  const nodes = nodesTable(graph, layout);
  const relationships = relationshipsTable(graph, layout);
  const readme = csvReadme({
    nodes,
    relationships,
    delimiter: layout.delimiter,
    skippedKeys: layout.skippedKeys,
    formulaGuard: layout.formulaGuard,
  });
  return zipSync({
    'nodes.csv': strToU8(render(nodes)),
    'relationships.csv': strToU8(render(relationships)),
    'README.txt': strToU8(readme),
  });
}
