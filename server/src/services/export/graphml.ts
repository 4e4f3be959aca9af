import type { GraphDto } from '../../contract.ts';
import { flattenValue, propertyColumns, type ColumnType } from './propertyColumns.ts';

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

function keyDeclarations(
  prefix: 'n' | 'e',
  target: 'node' | 'edge',
  columns: Map<string, ColumnType>,
): string[] {
  return [...columns.entries()].map(
    ([name, type]) =>
      `  <key id="${prefix}_${escapeXml(name)}" for="${target}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
  );
}

function dataLines(
  prefix: 'n' | 'e',
  properties: Record<string, unknown>,
  columns: Map<string, ColumnType>,
): string[] {
  return [...columns.keys()].flatMap((key) => {
    const value = flattenValue((properties[key] ?? null) as never);
    return value === null
      ? []
      : [`      <data key="${prefix}_${escapeXml(key)}">${escapeXml(String(value))}</data>`];
  });
}

/**
 * GraphML with a typed <key> for every property, which Gephi and yEd both
 * read. Labels and relationship types get keys of their own ("labels", "type")
 * and a display "label", so either tool shows names without configuration.
 */
export function toGraphml(graph: GraphDto): string {
  const nodeColumns = propertyColumns(graph.nodes);
  const edgeColumns = propertyColumns(graph.edges);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...keyDeclarations('n', 'node', nodeColumns),
    ...keyDeclarations('e', 'edge', edgeColumns),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const display = typeof node.properties.name === 'string' ? node.properties.name : node.id;
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      `      <data key="labels">${escapeXml(node.labels.join(':'))}</data>`,
      `      <data key="label">${escapeXml(display)}</data>`,
      ...dataLines('n', node.properties, nodeColumns),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      `      <data key="type">${escapeXml(edge.type)}</data>`,
      `      <data key="label">${escapeXml(edge.type)}</data>`,
      ...dataLines('e', edge.properties, edgeColumns),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
