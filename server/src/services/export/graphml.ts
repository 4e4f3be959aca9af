import type { GraphDto, Properties } from '../../contract.ts';
import { propertyColumns, storable, type ColumnType } from './propertyColumns.ts';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

const escapeXml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(XML_FORBIDDEN_CONTROL_CHARACTERS, '');

type Kind = 'node' | 'edge';

/** One declared attribute: its key id, its name in tools, its GraphML type. */
interface Key {
  id: string;
  name: string;
  type: string;
}

/** GraphML has no list type: lists travel as JSON text in a string attribute. */
const graphmlType = (column: ColumnType): string => (column.list ? 'string' : column.base);

function graphmlValue(value: Properties[string]): string | null {
  const stored = storable(value ?? null);
  if (stored === null) return null;
  return Array.isArray(stored) ? JSON.stringify(stored) : String(stored);
}

/**
 * The keys of one element kind. The display `label` (what Gephi, yEd and
 * igraph show) and `labels`/`type` are declared per kind, because those
 * tools ignore a `label` key declared `for="all"`; a property of the same
 * name takes precedence over the generated one.
 */
function keysFor(kind: Kind, columns: Map<string, ColumnType>, structural: string[]): Key[] {
  const prefix = kind === 'node' ? 'n' : 'e';
  const generated = ['label', ...structural]
    .filter((name) => !columns.has(name))
    .map((name) => ({ id: `${prefix}_${name}`, name, type: 'string' }));
  const properties = [...columns.entries()].map(([name, column], i) => ({
    id: `${prefix}${i}`,
    name,
    type: graphmlType(column),
  }));
  return [...generated, ...properties];
}

function dataLines(keys: Key[], values: Record<string, string | null>): string[] {
  return keys.flatMap((key) => {
    const value = values[key.name] ?? null;
    return value === null ? [] : [`      <data key="${key.id}">${escapeXml(value)}</data>`];
  });
}

const declare = (kind: Kind, keys: Key[]): string[] =>
  keys.map(
    (key) =>
      `  <key id="${escapeXml(key.id)}" for="${kind}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
  );

const valuesOf = (properties: Properties): Record<string, string | null> =>
  Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, graphmlValue(value)]));

/**
 * GraphML with a typed key for every property, declared for nodes or for
 * edges, which networkx, igraph, Gephi and yEd all read. Evidence lists
 * (quotes and their offsets) are kept as JSON text.
 */
export function toGraphml(graph: GraphDto): string {
  const nodeKeys = keysFor('node', propertyColumns(graph.nodes), ['labels']);
  const edgeKeys = keysFor('edge', propertyColumns(graph.edges), ['type']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declare('node', nodeKeys),
    ...declare('edge', edgeKeys),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const name = typeof node.properties.name === 'string' ? node.properties.name : node.id;
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      ...dataLines(nodeKeys, {
        label: name,
        labels: node.labels.join(':'),
        ...valuesOf(node.properties),
      }),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...dataLines(edgeKeys, { label: edge.type, type: edge.type, ...valuesOf(edge.properties) }),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
