import type { GraphDto, PropertyValue } from '../../contract.ts';
import { quoteIdentifier } from '../../graph/identifiers.ts';

/** A Cypher literal for a JSON value; strings escaped so no value can end the literal. */
export function cypherLiteral(value: PropertyValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') {
    const escaped = value
      .replaceAll('\\', '\\\\')
      .replaceAll("'", "\\'")
      .replaceAll('\n', '\\n')
      .replaceAll('\r', '\\r');
    return `'${escaped}'`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  // Neo4j properties cannot hold maps; keep them as JSON text.
  return cypherLiteral(JSON.stringify(value));
}

function mapLiteral(properties: Record<string, PropertyValue>): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${quoteIdentifier(key)}: ${cypherLiteral(value)}`,
  );
  return `{${entries.join(', ')}}`;
}

const EXPORT_KEY = '__newsgraphExportId';

/**
 * A script that recreates the subgraph in another database. Nodes get a
 * temporary key so relationships can find their endpoints; the last
 * statement removes it. Run it with cypher-shell or paste it into Neo4j Browser.
 */
export function toCypherScript(graph: GraphDto): string {
  const lines = [
    `// Newsgraph Explorer export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships.`,
    `CREATE INDEX newsgraph_export IF NOT EXISTS FOR (n:NewsgraphImport) ON (n.${EXPORT_KEY});`,
  ];
  for (const node of graph.nodes) {
    const labels = ['NewsgraphImport', ...node.labels].map(quoteIdentifier).join(':');
    lines.push(`CREATE (:${labels} ${mapLiteral({ ...node.properties, [EXPORT_KEY]: node.id })});`);
  }
  for (const edge of graph.edges) {
    lines.push(
      `MATCH (a:NewsgraphImport {${EXPORT_KEY}: ${cypherLiteral(edge.source)}}), (b:NewsgraphImport {${EXPORT_KEY}: ${cypherLiteral(edge.target)}}) ` +
        `CREATE (a)-[:${quoteIdentifier(edge.type)} ${mapLiteral(edge.properties)}]->(b);`,
    );
  }
  lines.push(
    `MATCH (n:NewsgraphImport) REMOVE n.${EXPORT_KEY}, n:NewsgraphImport;`,
    'DROP INDEX newsgraph_export IF EXISTS;',
    '',
  );
  return lines.join('\n');
}
