import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH } from '../api/fixtureGraph.ts';
import { EMPTY_VIEW, viewReducer } from '../state/viewState.ts';
import { firstSentenceOf } from './toElements.ts';
import { drawnCounts } from './replay.ts';

const full = viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH });

describe('drawnCounts', () => {
  it('counts every visible element outside replay', () => {
    expect(drawnCounts(full, null)).toStrictEqual({
      nodeCount: FIXTURE_GRAPH.nodes.length,
      edgeCount: FIXTURE_GRAPH.edges.length,
    });
  });

  it('during replay counts only the edges whose evidence has appeared, and their endpoints', () => {
    const until = 3;
    const shown = FIXTURE_GRAPH.edges.filter((edge) => firstSentenceOf(edge) <= until);
    const ends = new Set(shown.flatMap((edge) => [edge.source, edge.target]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(FIXTURE_GRAPH.edges.length);
    expect(drawnCounts(full, until)).toStrictEqual({
      nodeCount: ends.size,
      edgeCount: shown.length,
    });
  });

  it('leaves out what the user hid, in replay too', () => {
    const hidden = viewReducer(full, { type: 'hideNodes', ids: ['tiktok'] });
    const counts = drawnCounts(hidden, 0);
    const shown = FIXTURE_GRAPH.edges.filter(
      (edge) => firstSentenceOf(edge) <= 0 && edge.source !== 'tiktok' && edge.target !== 'tiktok',
    );
    expect(counts.edgeCount).toBe(shown.length);
  });
});
