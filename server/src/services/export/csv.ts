import { strToU8, zipSync } from 'fflate';
import type { GraphDto } from '../../contract.ts';
import { flattenValue, propertyColumns } from './propertyColumns.ts';

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading quote. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: string[], rows: (string | number | boolean | null)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The first column is the public id, which for entities is their `id`
 * property; that property only gets a column of its own when it differs.
 */
function columnsFor(items: { id: string; properties: Record<string, unknown> }[]): string[] {
  const idDiffers = items.some(
    (item) => item.properties.id !== undefined && item.properties.id !== item.id,
  );
  return [...propertyColumns(items as GraphDto['nodes']).keys()].filter(
    (key) => key !== 'id' || idDiffers,
  );
}

export function toNodesCsv(graph: GraphDto): string {
  const columns = columnsFor(graph.nodes);
  return table(
    ['id', 'labels', ...columns],
    graph.nodes.map((node) => [
      node.id,
      node.labels.join(';'),
      ...columns.map((key) => flattenValue(node.properties[key] ?? null)),
    ]),
  );
}

export function toEdgesCsv(graph: GraphDto): string {
  const columns = columnsFor(graph.edges);
  return table(
    ['id', 'type', 'source', 'target', ...columns],
    graph.edges.map((edge) => [
      edge.id,
      edge.type,
      edge.source,
      edge.target,
      ...columns.map((key) => flattenValue(edge.properties[key] ?? null)),
    ]),
  );
}

/** A zip holding nodes.csv and edges.csv, as one download. */
export function toCsvZip(graph: GraphDto): Uint8Array {
  return zipSync({
    'nodes.csv': strToU8(toNodesCsv(graph)),
    'edges.csv': strToU8(toEdgesCsv(graph)),
  });
}
