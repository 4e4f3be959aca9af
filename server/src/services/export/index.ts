import type { ExportFormat, GraphDto } from '../../contract.ts';
import { toCsvZip } from './csv.ts';
import { toCypherScript } from './cypherScript.ts';
import { toGraphml } from './graphml.ts';

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

/** Renders a subgraph in the requested format, with a file name that says what it holds. */
export function renderExport(graph: GraphDto, format: ExportFormat, now = new Date()): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const base = `newsgraph-subgraph-${graph.nodes.length}n-${graph.edges.length}e-${stamp}`;
  switch (format) {
    case 'json':
      return {
        body: `${JSON.stringify(graph, null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        filename: `${base}.json`,
      };
    case 'graphml':
      return {
        body: toGraphml(graph),
        contentType: 'application/graphml+xml; charset=utf-8',
        filename: `${base}.graphml`,
      };
    case 'csv':
      return { body: toCsvZip(graph), contentType: 'application/zip', filename: `${base}.csv.zip` };
    case 'cypher':
      return {
        body: toCypherScript(graph),
        contentType: 'application/x-cypher-query; charset=utf-8',
        filename: `${base}.cypher`,
      };
  }
}
