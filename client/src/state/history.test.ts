import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH } from '../api/fixtureGraph.ts';
import type { EntityGraphDto } from '../api/types.ts';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  historyReducer,
  type History,
} from './history.ts';
import { EMPTY_VIEW, viewReducer } from './viewState.ts';

const small: EntityGraphDto = {
  nodes: FIXTURE_GRAPH.nodes.filter((n) => ['tiktok', 'bytedance'].includes(n.id)),
  edges: FIXTURE_GRAPH.edges.filter((e) => e.id === 'r-bytedance-owns'),
};

function start(): History {
  return historyReducer(EMPTY_HISTORY, {
    type: 'reset',
    view: viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: small }),
  });
}

describe('historyReducer', () => {
  it('starts a reset view with nothing to undo', () => {
    const history = start();
    expect(canUndo(history)).toBe(false);
    expect(Object.keys(history.present.nodes).sort()).toStrictEqual(['bytedance', 'tiktok']);
  });

  it('undoes and redoes an expansion exactly', () => {
    const before = start();
    const expanded = historyReducer(before, {
      type: 'addGraph',
      graph: FIXTURE_GRAPH,
      anchorId: 'tiktok',
    });
    expect(Object.keys(expanded.present.nodes)).toHaveLength(FIXTURE_GRAPH.nodes.length);
    const undone = historyReducer(expanded, { type: 'undo' });
    expect(undone.present).toBe(before.present);
    expect(canRedo(undone)).toBe(true);
    const redone = historyReducer(undone, { type: 'redo' });
    expect(redone.present).toBe(expanded.present);
  });

  it('drops the redo branch when a new change is made after undo', () => {
    const expanded = historyReducer(start(), { type: 'hideNodes', ids: ['tiktok'] });
    const undone = historyReducer(expanded, { type: 'undo' });
    const changed = historyReducer(undone, { type: 'pin', id: 'tiktok', position: { x: 1, y: 2 } });
    expect(changed.future).toStrictEqual([]);
    expect(changed.present.pinned).toStrictEqual({ tiktok: { x: 1, y: 2 } });
  });

  it('ignores undo and redo with nothing to move to', () => {
    const history = start();
    expect(historyReducer(history, { type: 'undo' })).toBe(history);
    expect(historyReducer(history, { type: 'redo' })).toBe(history);
  });

  it(`keeps at most ${String(HISTORY_LIMIT)} undo steps`, () => {
    let history = start();
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) {
      history = historyReducer(history, { type: 'pin', id: 'tiktok', position: { x: i, y: i } });
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
