import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH } from '../api/fixtureGraph.ts';
import { EMPTY_HISTORY, historyReducer, type History, type HistoryAction } from './history.ts';
import { EMPTY_VIEW, viewReducer } from './viewState.ts';

function start(): History {
  return historyReducer(EMPTY_HISTORY, {
    type: 'reset',
    view: viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH }),
  });
}

const run = (history: History, ...actions: HistoryAction[]) =>
  actions.reduce((current, action) => historyReducer(current, action), history);

const DRAG_START = { x: 10, y: 20 };
const DROP = { x: 110, y: 60 };
const dragTiktok: HistoryAction = { type: 'pin', id: 'tiktok', position: DROP, from: DRAG_START };

describe('undoing the pin a drag made', () => {
  it('puts the node back where the drag began, once', () => {
    const undone = run(start(), dragTiktok, { type: 'undo' });
    expect(undone.present.pinned).toStrictEqual({});
    expect(undone.present.returnTo).toStrictEqual({ tiktok: DRAG_START });
    // The views kept for redo and for the next action carry no returnTo.
    expect(undone.future[0]?.returnTo).toBeUndefined();
    const next = historyReducer(undone, { type: 'relayout' });
    expect(next.present.returnTo).toBeUndefined();
    expect(next.past.at(-1)?.returnTo).toBeUndefined();
  });

  it('redoes the pin at the drop position', () => {
    const redone = run(start(), dragTiktok, { type: 'undo' }, { type: 'redo' });
    expect(redone.present.pinned).toStrictEqual({ tiktok: DROP });
    expect(redone.present.returnTo).toBeUndefined();
    expect(redone.past.every((view) => view.returnTo === undefined)).toBe(true);
  });

  it('moves nothing when the pin came from the keyboard, even after an earlier drag', () => {
    const keyboardOnly = run(
      start(),
      { type: 'pin', id: 'tiktok', position: DROP },
      { type: 'undo' },
    );
    expect(keyboardOnly.present.returnTo).toBeUndefined();
    const afterDrag = run(
      start(),
      dragTiktok,
      { type: 'unpin', id: 'tiktok' },
      { type: 'pin', id: 'tiktok', position: { x: 5, y: 5 } },
      { type: 'undo' },
    );
    expect(afterDrag.present.pinned).toStrictEqual({});
    expect(afterDrag.present.returnTo).toBeUndefined();
  });

  it('returns a node dragged while pinned to its earlier pin, not to the drag start', () => {
    const earlier = { x: -40, y: 0 };
    const undone = run(
      start(),
      { type: 'pin', id: 'tiktok', position: earlier },
      { type: 'pin', id: 'tiktok', position: DROP, from: earlier },
      { type: 'undo' },
    );
    expect(undone.present.pinned).toStrictEqual({ tiktok: earlier });
    expect(undone.present.returnTo).toBeUndefined();
  });

  it('undoing the unpin of a dragged node pins it again without moving anything else', () => {
    const undone = run(start(), dragTiktok, { type: 'unpin', id: 'tiktok' }, { type: 'undo' });
    expect(undone.present.pinned).toStrictEqual({ tiktok: DROP });
    expect(undone.present.returnTo).toBeUndefined();
  });
});
