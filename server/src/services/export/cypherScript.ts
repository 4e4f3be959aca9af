import type { EdgeDto, GraphDto, NodeDto, Properties } from '../../contract.ts';
import { quoteIdentifier } from '../../graph/identifiers.ts';
import { storable, type StorableValue } from './propertyColumns.ts';

/** Rows per UNWIND statement: big enough to be fast, small enough for Neo4j Browser's editor. */
export const BATCH_SIZE = 500;

/** A Cypher literal for a value Neo4j can store; strings escaped so no value can end the literal. */
export function cypherLiteral(value: StorableValue): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const escaped = value
      .replaceAll('\\', '\\\\')
      .replaceAll("'", "\\'")
      .replaceAll('\n', '\\n')
      .replaceAll('\r', '\\r')
      .replaceAll('\u2028', '\\u2028')
      .replaceAll('\u2029', '\\u2029');
    return `'${escaped}'`;
  }
  return `[${(value as (string | number | boolean)[]).map(cypherLiteral).join(', ')}]`;
}

/** A map literal of the storable properties; nulls are left out (a null property is no property). */
function propertiesLiteral(properties: Properties): string {
  const entries = Object.entries(properties).flatMap(([key, raw]) => {
    const value = storable(raw);
    return value === null ? [] : [`${quoteIdentifier(key)}: ${cypherLiteral(value)}`];
  });
  return `{${entries.join(', ')}}`;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Nodes are found by `id` under one key label: `Entity` when they have it
 * (the label the uniqueness constraint covers), else their first label.
 */
const keyLabel = (node: NodeDto): string =>
  node.labels.includes('Entity') ? 'Entity' : (node.labels[0] ?? 'Entity');

function nodeStatements(nodes: NodeDto[]): string[] {
  const groups = groupBy(nodes, (node) => JSON.stringify([keyLabel(node), ...node.labels]));
  return [...groups.values()].flatMap((group) => {
    const first = group[0] as NodeDto;
    const key = keyLabel(first);
    const extra = first.labels.filter((label) => label !== key).map(quoteIdentifier);
    const setLabels = extra.length === 0 ? '' : `, n:${extra.join(':')}`;
    return batches(group).map(
      (batch) =>
        `UNWIND [\n${batch.map((node) => `  {id: ${cypherLiteral(node.id)}, properties: ${propertiesLiteral(node.properties)}}`).join(',\n')}\n] AS row\n` +
        `MERGE (n:${quoteIdentifier(key)} {id: row.id})\nSET n += row.properties${setLabels};`,
    );
  });
}

function relationshipStatements(edges: EdgeDto[], keyOf: Map<string, string>): string[] {
  const groups = groupBy(edges, (edge) =>
    JSON.stringify([edge.type, keyOf.get(edge.source), keyOf.get(edge.target)]),
  );
  return [...groups.values()].flatMap((group) => {
    const first = group[0] as EdgeDto;
    const from = quoteIdentifier(keyOf.get(first.source) ?? 'Entity');
    const to = quoteIdentifier(keyOf.get(first.target) ?? 'Entity');
    return batches(group).map(
      (batch) =>
        `UNWIND [\n${batch.map((edge) => `  {id: ${cypherLiteral(edge.id)}, source: ${cypherLiteral(edge.source)}, target: ${cypherLiteral(edge.target)}, properties: ${propertiesLiteral(edge.properties)}}`).join(',\n')}\n] AS row\n` +
        `MATCH (a:${from} {id: row.source})\nMATCH (b:${to} {id: row.target})\n` +
        `MERGE (a)-[r:${quoteIdentifier(first.type)} {id: row.id}]->(b)\nSET r += row.properties;`,
    );
  });
}

/** The seeder's constraint names, so that a database seeded by this app sees no new ones. */
const constraintName = (type: string): string => `${type.toLowerCase()}_id`;

/**
 * A script that loads the subgraph into any Neo4j 5 database and can run any
 * number of times: constraints with IF NOT EXISTS first, then MERGE on the
 * stable `id` in batches of literal rows (`UNWIND [...] AS row`).
 *
 * Literal rows rather than `:param rows => [...]`: `:param` is a command of
 * Neo4j Browser and cypher-shell only, while a plain statement also runs
 * through any driver. Every statement ends with `;` at the end of a line, and
 * no literal holds a raw line break, so splitting at `;\n` gives the statements.
 */
export function toCypherScript(graph: GraphDto): string {
  const keyOf = new Map(graph.nodes.map((node) => [node.id, keyLabel(node)]));
  const keyLabels = [...new Set(keyOf.values())].sort();
  const types = [...new Set(graph.edges.map((edge) => edge.type))].sort();
  const constraints = [
    ...keyLabels.map(
      (label) =>
        `CREATE CONSTRAINT ${quoteIdentifier(constraintName(label))} IF NOT EXISTS FOR (n:${quoteIdentifier(label)}) REQUIRE n.id IS UNIQUE;`,
    ),
    ...types.map(
      (type) =>
        `CREATE CONSTRAINT ${quoteIdentifier(constraintName(type))} IF NOT EXISTS FOR ()-[r:${quoteIdentifier(type)}]-() REQUIRE r.id IS UNIQUE;`,
    ),
  ];
  return [
    `// Newsgraph Explorer export: ${graph.nodes.length} entities, ${graph.edges.length} relationships.`,
    '// Safe to run again: it MERGEs on the stable `id`, so a second run, or a run into a',
    '// database that already holds these entities, updates them instead of making copies.',
    '// cypher-shell -f this-file.cypher, or paste it into Neo4j Browser.',
    ...constraints,
    ...nodeStatements(graph.nodes),
    ...relationshipStatements(graph.edges, keyOf),
    '',
  ].join('\n');
}
