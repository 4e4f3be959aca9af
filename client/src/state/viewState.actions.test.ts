import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, nodeDto, relationshipDto } from '../api/fixtureGraph.ts';
import type { EntityGraphDto, EntityDto } from '../api/types.ts';
import { entityTypeOf } from '../domain/entities.ts';
import {
  EMPTY_VIEW,
  LAYOUT_NAMES,
  collapsibleNeighbours,
  viewReducer,
  visibleEdgeIds,
  visibleNodeIds,
  type ViewAction,
  type ViewState,
} from './viewState.ts';

const full: ViewState = viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH });
const apply = (view: ViewState, ...actions: ViewAction[]) => actions.reduce(viewReducer, view);
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The fixture graph has no ${what}.`);
  return value;
}
const sub = (ids: string[]): EntityGraphDto => ({
  nodes: FIXTURE_GRAPH.nodes.filter((n) => ids.includes(n.id)),
  edges: FIXTURE_GRAPH.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)),
});

describe('the empty canvas', () => {
  it('starts with nothing drawn, hidden, pinned or filtered, and the fcose layout', () => {
    expect(EMPTY_VIEW).toStrictEqual({
      nodes: {},
      edges: {},
      hidden: [],
      pinned: {},
      layout: 'fcose',
      layoutRun: 0,
      hiddenNodeTypes: [],
      hiddenEdgeTypes: [],
      path: null,
      paths: [],
      pathIndex: 0,
      truncated: {},
      anchorId: null,
    });
    expect(LAYOUT_NAMES).toStrictEqual(['fcose', 'hierarchical', 'concentric', 'grid']);
  });
});

describe('adding a graph', () => {
  it('runs the layout only when something new arrives, and shows a hidden entity that arrives again', () => {
    const hidden = apply(full, { type: 'hideNodes', ids: ['tiktok', 'oracle'] });
    const again = viewReducer(hidden, { type: 'addGraph', graph: sub(['tiktok']) });
    expect(again.hidden).toStrictEqual(['oracle']);
    expect(again.layoutRun).toBe(full.layoutRun);
    const grown = viewReducer(
      viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: sub(['china']) }),
      {
        type: 'addGraph',
        graph: sub(['china', 'tiktok']),
      },
    );
    expect(grown.layoutRun).toBe(2);
    expect(Object.keys(grown.nodes).sort()).toStrictEqual(['china', 'tiktok']);
  });

  it('records the anchor and its truncation, and forgets the anchor when none is given', () => {
    const truncation = { shown: 2, total: 9 };
    const anchored = viewReducer(full, {
      type: 'addGraph',
      graph: sub(['tiktok']),
      anchorId: 'tiktok',
      truncation,
    });
    expect(anchored.anchorId).toBe('tiktok');
    expect(anchored.truncated).toStrictEqual({ tiktok: truncation });
    const noTruncation = viewReducer(anchored, {
      type: 'addGraph',
      graph: sub(['china']),
      anchorId: 'china',
    });
    expect(noTruncation.truncated).toStrictEqual({ tiktok: truncation });
    const unanchored = viewReducer(noTruncation, { type: 'addGraph', graph: sub(['oracle']) });
    expect(unanchored.anchorId).toBeNull();
    expect(unanchored.truncated).toStrictEqual({ tiktok: truncation });
  });
});

describe('several expansions in one step', () => {
  it("records each anchor's page, beside the truncations already known", () => {
    const first = viewReducer(full, {
      type: 'addGraph',
      graph: sub([]),
      anchorId: 'china',
      truncation: { shown: 1, total: 3 },
    });
    const both = viewReducer(first, {
      type: 'addGraph',
      graph: sub([]),
      truncations: { tiktok: { shown: 2, total: 2 }, oracle: { shown: 1, total: 40 } },
    });
    expect(both.truncated).toStrictEqual({
      china: { shown: 1, total: 3 },
      tiktok: { shown: 2, total: 2 },
      oracle: { shown: 1, total: 40 },
    });
    expect(both.anchorId).toBeNull();
  });
});

describe('removing, hiding and collapsing', () => {
  it('removes relationships at either end, the removed ids from the hidden list, and a path through them', () => {
    const prepared = apply(
      full,
      { type: 'hideNodes', ids: ['oracle', 'mao-ning'] },
      { type: 'showPath', graph: sub([]), path: { nodeIds: ['tiktok'], edgeIds: [] } },
    );
    const removed = viewReducer(prepared, { type: 'removeNodes', ids: ['oracle', 'tiktok'] });
    expect(removed.hidden).toStrictEqual(['mao-ning']);
    expect(removed.path).toBeNull();
    const touching = FIXTURE_GRAPH.edges.filter((e) =>
      [e.source, e.target].some((end) => end === 'oracle' || end === 'tiktok'),
    );
    expect(touching.some((e) => e.target === 'tiktok')).toBe(true);
    expect(Object.keys(removed.edges).sort()).toStrictEqual(
      FIXTURE_GRAPH.edges
        .filter((e) => !touching.includes(e))
        .map((e) => e.id)
        .sort(),
    );
    const untouched = viewReducer(prepared, { type: 'removeNodes', ids: ['oracle'] });
    expect(untouched.path).toStrictEqual({ nodeIds: ['tiktok'], edgeIds: [] });
  });

  it('hides each id once, and "show all" clears hidden entities and both type filters', () => {
    const hidden = apply(
      full,
      { type: 'hideNodes', ids: ['tiktok'] },
      { type: 'hideNodes', ids: ['tiktok', 'china'] },
      { type: 'setHiddenTypes', kind: 'node', types: ['Person'] },
      { type: 'setHiddenTypes', kind: 'edge', types: ['OWNS'] },
    );
    expect(hidden.hidden).toStrictEqual(['tiktok', 'china']);
    const shown = viewReducer(hidden, { type: 'showAll' });
    expect([shown.hidden, shown.hiddenNodeTypes, shown.hiddenEdgeTypes]).toStrictEqual([
      [],
      [],
      [],
    ]);
  });

  it('keeps a pinned neighbour, ignores self-loops and forgets the truncation of the collapsed node', () => {
    const withLoop: EntityGraphDto = {
      nodes: [],
      edges: [
        relationshipDto('loop', 'mao-ning', 'mao-ning', {
          type: defined(FIXTURE_GRAPH.edges[0], 'edge').type,
        }),
      ],
    };
    const looped = viewReducer(full, { type: 'addGraph', graph: withLoop });
    expect(collapsibleNeighbours(looped, 'china-mfa')).toStrictEqual(['mao-ning']);
    const pinned = viewReducer(looped, { type: 'pin', id: 'mao-ning', position: { x: 1, y: 2 } });
    expect(collapsibleNeighbours(pinned, 'china-mfa')).toStrictEqual([]);
    const truncated = viewReducer(full, {
      type: 'addGraph',
      graph: sub([]),
      anchorId: 'china-mfa',
      truncation: { shown: 1, total: 4 },
    });
    expect(viewReducer(truncated, { type: 'collapse', id: 'china-mfa' }).truncated).toStrictEqual(
      {},
    );
  });
});

describe('pins and layouts', () => {
  it('unpins one entity and keeps the others', () => {
    const view = apply(
      full,
      { type: 'pin', id: 'tiktok', position: { x: 1, y: 1 } },
      { type: 'pin', id: 'china', position: { x: 2, y: 2 } },
      { type: 'unpin', id: 'tiktok' },
    );
    expect(view.pinned).toStrictEqual({ china: { x: 2, y: 2 } });
  });

  it('runs the layout again on a new layout or a relayout, around no anchor', () => {
    const anchored = viewReducer(full, { type: 'addGraph', graph: sub([]), anchorId: 'tiktok' });
    const grid = viewReducer(anchored, { type: 'setLayout', layout: 'grid' });
    expect([grid.layout, grid.layoutRun, grid.anchorId]).toStrictEqual([
      'grid',
      anchored.layoutRun + 1,
      null,
    ]);
    const again = viewReducer(anchored, { type: 'relayout' });
    expect([again.layout, again.layoutRun, again.anchorId]).toStrictEqual([
      anchored.layout,
      anchored.layoutRun + 1,
      null,
    ]);
  });

  it('restores a given view as it is', () => {
    const target = viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: sub(['oracle']) });
    expect(viewReducer(full, { type: 'restore', view: target })).toBe(target);
  });
});

describe('what is visible', () => {
  it('draws a relationship only when both ends are visible and its type is not filtered', () => {
    const owns = defined(
      FIXTURE_GRAPH.edges.find((e) => e.type === 'OWNS'),
      'OWNS edge',
    );
    expect(visibleEdgeIds(full)).toContain(owns.id);
    for (const end of [owns.source, owns.target]) {
      expect(visibleEdgeIds(viewReducer(full, { type: 'hideNodes', ids: [end] }))).not.toContain(
        owns.id,
      );
    }
    expect(visibleNodeIds(full)).toStrictEqual(FIXTURE_GRAPH.nodes.map((n) => n.id));
  });

  // A stored type that is empty or not text is the server's to decode (toEntities.test.ts): it sends type null.
  it('falls back to the labels when the node has no entity type', () => {
    const node = (labels: string[]): EntityDto => nodeDto('x', { labels });
    expect(entityTypeOf(node(['Entity', 'Law']))).toBe('Law');
    expect(entityTypeOf(node(['Entity']))).toBe('Entity');
    expect(entityTypeOf(node([]))).toBe('Unknown');
  });
});
