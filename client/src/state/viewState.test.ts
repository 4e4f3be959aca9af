import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, nodeDto } from '../api/fixtureGraph.ts';
import { entityTypeOf } from '../domain/entities.ts';
import {
  EMPTY_VIEW,
  collapsibleNeighbours,
  viewReducer,
  visibleEdgeIds,
  visibleNodeIds,
  type ViewState,
} from './viewState.ts';

const full: ViewState = viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH });

describe('viewReducer', () => {
  it('adds only edges whose two ends are on the canvas, and asks for a layout', () => {
    const view = viewReducer(EMPTY_VIEW, {
      type: 'addGraph',
      graph: { nodes: FIXTURE_GRAPH.nodes.slice(0, 2), edges: FIXTURE_GRAPH.edges },
    });
    expect(Object.keys(view.nodes)).toStrictEqual(['china', 'tiktok']);
    expect(Object.keys(view.edges).sort()).toStrictEqual(['r-tiktok-accused', 'r-tiktok-denies']);
    expect(view.layoutRun).toBe(1);
  });

  it('removes a node with its relationships, pin and truncation', () => {
    const pinned = viewReducer(full, { type: 'pin', id: 'tiktok', position: { x: 0, y: 0 } });
    const removed = viewReducer(pinned, { type: 'removeNodes', ids: ['tiktok'] });
    expect('tiktok' in removed.nodes).toBe(false);
    expect(
      Object.values(removed.edges).some((e) => e.source === 'tiktok' || e.target === 'tiktok'),
    ).toBe(false);
    expect(removed.pinned).toStrictEqual({});
  });

  it('collapses the neighbours that only the collapsed node holds', () => {
    expect(collapsibleNeighbours(full, 'china-mfa').sort()).toStrictEqual(['mao-ning']);
    const collapsed = viewReducer(full, { type: 'collapse', id: 'china-mfa' });
    expect('mao-ning' in collapsed.nodes).toBe(false);
    expect('china' in collapsed.nodes).toBe(true);
  });

  it('filters by entity and relationship type without losing the data', () => {
    const filtered = viewReducer(
      viewReducer(full, { type: 'setHiddenTypes', kind: 'node', types: ['Person'] }),
      { type: 'setHiddenTypes', kind: 'edge', types: ['OWNS'] },
    );
    expect(visibleNodeIds(filtered)).not.toContain('shou-zi-chew');
    expect(visibleEdgeIds(filtered)).not.toContain('r-bytedance-owns');
    expect(Object.keys(filtered.nodes)).toHaveLength(FIXTURE_GRAPH.nodes.length);
    expect(visibleNodeIds(viewReducer(filtered, { type: 'showAll' }))).toHaveLength(
      FIXTURE_GRAPH.nodes.length,
    );
  });

  it('replaces the canvas but keeps layout and filters', () => {
    const styled = viewReducer(viewReducer(full, { type: 'setLayout', layout: 'grid' }), {
      type: 'setHiddenTypes',
      kind: 'node',
      types: ['Law'],
    });
    const replaced = viewReducer(styled, {
      type: 'replaceGraph',
      graph: { nodes: FIXTURE_GRAPH.nodes.slice(0, 1), edges: [] },
    });
    expect(Object.keys(replaced.nodes)).toStrictEqual(['china']);
    expect(replaced.layout).toBe('grid');
    expect(replaced.hiddenNodeTypes).toStrictEqual(['Law']);
  });

  it('records the highlighted path and clears it', () => {
    const path = { nodeIds: ['bytedance', 'tiktok'], edgeIds: ['r-bytedance-owns'] };
    const shown = viewReducer(full, { type: 'showPath', graph: { nodes: [], edges: [] }, path });
    expect(shown.path).toStrictEqual(path);
    expect(viewReducer(shown, { type: 'clearPath' }).path).toBeNull();
  });
});

describe('pinning a selection', () => {
  it('pins and unpins several entities in one step, ignoring ids not on the canvas', () => {
    const pinned = viewReducer(full, {
      type: 'pinMany',
      positions: { tiktok: { x: 1, y: 2 }, china: { x: 3, y: 4 }, nowhere: { x: 0, y: 0 } },
    });
    expect(pinned.pinned).toStrictEqual({ tiktok: { x: 1, y: 2 }, china: { x: 3, y: 4 } });
    const unpinned = viewReducer(pinned, { type: 'unpinMany', ids: ['tiktok', 'china'] });
    expect(unpinned.pinned).toStrictEqual({});
    expect(viewReducer(full, { type: 'pinMany', positions: { nowhere: { x: 0, y: 0 } } })).toBe(
      full,
    );
  });
});

describe('equally short paths', () => {
  const a = { nodeIds: ['bytedance', 'tiktok'], edgeIds: ['r-bytedance-owns'] };
  const b = { nodeIds: ['bytedance', 'china', 'tiktok'], edgeIds: ['e1', 'e2'] };
  const c = { nodeIds: ['bytedance', 'oracle', 'tiktok'], edgeIds: ['e3', 'e4'] };
  const shown = viewReducer(full, {
    type: 'showPath',
    graph: { nodes: [], edges: [] },
    path: a,
    paths: [a, b, c],
  });

  it('highlights the first and steps through the others, wrapping around', () => {
    expect([shown.path, shown.pathIndex]).toStrictEqual([a, 0]);
    const next = viewReducer(shown, { type: 'choosePath', index: 1 });
    expect([next.path, next.pathIndex]).toStrictEqual([b, 1]);
    const back = viewReducer(shown, { type: 'choosePath', index: -1 });
    expect([back.path, back.pathIndex]).toStrictEqual([c, 2]);
  });

  it('shows all of them at once as one highlight', () => {
    const all = viewReducer(shown, { type: 'choosePath', index: null });
    expect(all.pathIndex).toBeNull();
    expect(all.path).toStrictEqual({
      nodeIds: ['bytedance', 'tiktok', 'china', 'oracle'],
      edgeIds: ['r-bytedance-owns', 'e1', 'e2', 'e3', 'e4'],
    });
  });

  it('drops the paths a removal breaks and keeps the highlighted one', () => {
    const onC = viewReducer(shown, { type: 'choosePath', index: 2 });
    const removed = viewReducer(onC, { type: 'removeNodes', ids: ['china'] });
    expect([removed.path, removed.paths, removed.pathIndex]).toStrictEqual([c, [a, c], 1]);
    const gone = viewReducer(onC, { type: 'removeNodes', ids: ['oracle'] });
    expect([gone.path, gone.paths]).toStrictEqual([null, []]);
  });

  it('clears them all', () => {
    const cleared = viewReducer(shown, { type: 'clearPath' });
    expect([cleared.path, cleared.paths, cleared.pathIndex]).toStrictEqual([null, [], 0]);
  });
});

describe('entityTypeOf', () => {
  it('prefers the entity type, then the first label that is not Entity', () => {
    expect(entityTypeOf(nodeDto('a', { labels: ['Entity', 'Person'], type: 'Person' }))).toBe(
      'Person',
    );
    expect(entityTypeOf(nodeDto('b', { labels: ['Entity', 'Law'] }))).toBe('Law');
    expect(entityTypeOf(nodeDto('c', { labels: ['Article'] }))).toBe('Article');
  });
});
