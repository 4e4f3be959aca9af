import { describe, expect, it } from 'vitest';
import { renderExport } from './index.ts';
import { graph } from './testGraph.ts';

describe('renderExport', () => {
  const day = new Date('2026-11-28T10:00:00Z');

  it('names files after what they hold', () => {
    const named = (format: Parameters<typeof renderExport>[1], guard = false) => {
      const file = renderExport(graph, format, day, { formulaGuard: guard });
      return [file.filename, file.contentType];
    };
    expect([
      named('json'),
      named('cytoscape'),
      named('graphology'),
      named('graphml'),
      named('csv'),
      named('csv', true),
      named('cypher'),
    ]).toStrictEqual([
      ['newsgraph-subgraph-2n-1e-2026-11-28.json', 'application/json; charset=utf-8'],
      ['newsgraph-subgraph-2n-1e-2026-11-28.cytoscape.json', 'application/json; charset=utf-8'],
      ['newsgraph-subgraph-2n-1e-2026-11-28.graphology.json', 'application/json; charset=utf-8'],
      ['newsgraph-subgraph-2n-1e-2026-11-28.graphml', 'application/graphml+xml; charset=utf-8'],
      ['newsgraph-subgraph-2n-1e-2026-11-28.csv.zip', 'application/zip'],
      ['newsgraph-subgraph-2n-1e-2026-11-28-spreadsheet.csv.zip', 'application/zip'],
      ['newsgraph-subgraph-2n-1e-2026-11-28.cypher', 'application/x-cypher-query; charset=utf-8'],
    ]);
  });

  it('sends the API graph itself as json', () => {
    expect(JSON.parse(renderExport(graph, 'json', day).body as string)).toStrictEqual(graph);
  });
});
