import { withoutReturns, withReturnsFrom } from './pinOrigins.ts';
import { EMPTY_VIEW, viewReducer, type ViewAction, type ViewState } from './viewState.ts';

/** Past and future views around the present one; undo and redo move between them. */
export interface History {
  readonly past: readonly ViewState[];
  readonly present: ViewState;
  readonly future: readonly ViewState[];
}

export const HISTORY_LIMIT = 100;

export const EMPTY_HISTORY: History = { past: [], present: EMPTY_VIEW, future: [] };

export type HistoryAction =
  | ViewAction
  | { type: 'undo' }
  | { type: 'redo' }
  /** Starts over from a view with no undo steps: the first load and opening a shared link. */
  | { type: 'reset'; view: ViewState };

/**
 * Every view action becomes one undo step; an action that changes nothing
 * (same object back) adds no step, so undo never looks stuck.
 */
export function historyReducer(history: History, action: HistoryAction): History {
  if (action.type === 'undo') {
    const previous = history.past.at(-1);
    if (!previous) return history;
    const present = withoutReturns(history.present);
    return {
      past: history.past.slice(0, -1),
      present: withReturnsFrom(present, previous),
      future: [present, ...history.future],
    };
  }
  if (action.type === 'redo') {
    const [next, ...rest] = history.future;
    if (!next) return history;
    return {
      past: [...history.past, withoutReturns(history.present)],
      present: next,
      future: rest,
    };
  }
  if (action.type === 'reset') return { past: [], present: action.view, future: [] };
  // An undo's returnTo moves nodes once; the views kept and changed afterwards drop it.
  const current = withoutReturns(history.present);
  const present = viewReducer(current, action);
  if (present === current) return history;
  return {
    past: [...history.past, current].slice(-HISTORY_LIMIT),
    present,
    future: [],
  };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;
