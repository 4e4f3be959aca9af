import type { ExportFormat, GraphDto } from '../../contract.ts';
import { toCsvZip, type CsvOptions } from './csv.ts';
import { toCypherScript } from './cypherScript.ts';
import { toFollowTheMoneyNdjson } from './followTheMoney.ts';
import { toGraphml } from './graphml.ts';
import { toCytoscapeJson, toGraphologyJson } from './jsonFormats.ts';

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Renders a subgraph in the requested format, with a file name that says what it holds. */
export function renderExport(
  graph: GraphDto,
  format: ExportFormat,
  now = new Date(),
  options: CsvOptions = {},
): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const base = `newsgraph-subgraph-${graph.nodes.length}n-${graph.edges.length}e-${stamp}`;
  switch (format) {
    case 'json':
      return { body: json(graph), contentType: JSON_TYPE, filename: `${base}.json` };
    case 'cytoscape':
      return {
        body: json(toCytoscapeJson(graph)),
        contentType: JSON_TYPE,
        filename: `${base}.cytoscape.json`,
      };
    case 'graphology':
      return {
        body: json(toGraphologyJson(graph)),
        contentType: JSON_TYPE,
        filename: `${base}.graphology.json`,
      };
    case 'graphml':
      return {
        body: toGraphml(graph),
        contentType: 'application/graphml+xml; charset=utf-8',
        filename: `${base}.graphml`,
      };
    case 'csv':
      return {
        body: toCsvZip(graph, options),
        contentType: 'application/zip',
        filename: `${base}${options.formulaGuard ? '-spreadsheet' : ''}.csv.zip`,
      };
    case 'cypher':
      return {
        body: toCypherScript(graph),
        contentType: 'application/x-cypher-query; charset=utf-8',
        filename: `${base}.cypher`,
      };
    case 'ftm':
      return {
        body: toFollowTheMoneyNdjson(graph),
        contentType: 'application/x-ndjson; charset=utf-8',
        filename: `${base}.ftm.ndjson`,
      };
  }
}
