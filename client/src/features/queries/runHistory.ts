import type { PropertyValue } from '../../api/types.ts';

export interface RunRecord {
  cypher: string;
  params: Record<string, PropertyValue>;
  /** Saved query the run came from, if any. */
  queryName: string | null;
  ranAt: string;
  ok: boolean;
  rowCount: number | null;
  ms: number | null;
}

export const RUN_HISTORY_KEY = 'newsgraph.runHistory';
export const RUN_HISTORY_LIMIT = 50;

/** Newest first; a re-run of the same text and params moves to the top instead of repeating. */
export function addRun(history: readonly RunRecord[], run: RunRecord): RunRecord[] {
  const sameRun = (r: RunRecord) =>
    r.cypher === run.cypher && JSON.stringify(r.params) === JSON.stringify(run.params);
  return [run, ...history.filter((r) => !sameRun(r))].slice(0, RUN_HISTORY_LIMIT);
}

function isRunRecord(value: unknown): value is RunRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RunRecord).cypher === 'string' &&
    typeof (value as RunRecord).ranAt === 'string'
  );
}

/** Reads the history; anything unreadable (another version, a full disk) gives an empty one. */
export function loadRunHistory(storage: Storage = localStorage): RunRecord[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RUN_HISTORY_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRunRecord).slice(0, RUN_HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function saveRunHistory(history: readonly RunRecord[], storage: Storage = localStorage) {
  try {
    storage.setItem(RUN_HISTORY_KEY, JSON.stringify(history.slice(0, RUN_HISTORY_LIMIT)));
  } catch {
    // Storage full or blocked (private mode): the history just is not kept.
  }
}
