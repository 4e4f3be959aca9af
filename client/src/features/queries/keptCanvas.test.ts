import { describe, expect, it } from 'vitest';
import { keptCanvasReason } from './keptCanvas.ts';

const result = (rowCount: number) => ({
  columns: ['n'],
  rows: [],
  graph: { nodes: [], edges: [] },
  summary: { ms: 1, truncated: false, rowCount },
});

describe('keptCanvasReason', () => {
  it('says the result had no rows', () => {
    expect(keptCanvasReason('Cypher', result(0))).toBe(
      'Cypher returned no rows, so the canvas was kept. Return nodes, relationships or paths to draw them.',
    );
  });

  it('says the rows had nothing to draw', () => {
    expect(keptCanvasReason('Counts', result(1))).toBe(
      'Counts returned 1 row but no nodes or relationships (see the table), so the canvas was kept. Return nodes, relationships or paths to draw them.',
    );
  });
});
