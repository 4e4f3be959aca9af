import { describe, expect, it } from 'vitest';
import {
  addRun,
  loadRunHistory,
  RUN_HISTORY_KEY,
  RUN_HISTORY_LIMIT,
  saveRunHistory,
  type RunRecord,
} from './runHistory.ts';

const run = (cypher: string, params = {}): RunRecord => ({
  cypher,
  params,
  queryName: null,
  ranAt: '2024-05-01T00:00:00.000Z',
  ok: true,
  rowCount: 1,
  ms: 2,
});

describe('run history', () => {
  it('keeps the newest first, moving a repeated run to the top', () => {
    const history = [run('A'), run('B'), run('C')].reduce<RunRecord[]>(
      (list, r) => addRun(list, r),
      [],
    );
    expect(addRun(history, run('A')).map((r) => r.cypher)).toStrictEqual(['A', 'C', 'B']);
    expect(addRun(history, run('A', { x: 1 })).map((r) => r.cypher)).toStrictEqual([
      'A',
      'C',
      'B',
      'A',
    ]);
  });

  it(`keeps the last ${String(RUN_HISTORY_LIMIT)}`, () => {
    let history: RunRecord[] = [];
    for (let i = 0; i < RUN_HISTORY_LIMIT + 5; i += 1)
      history = addRun(history, run(`Q${String(i)}`));
    expect(history).toHaveLength(RUN_HISTORY_LIMIT);
    expect(history[0]?.cypher).toBe(`Q${String(RUN_HISTORY_LIMIT + 4)}`);
  });

  it('survives storage round trips and garbage', () => {
    saveRunHistory([run('A')], sessionStorage);
    expect(loadRunHistory(sessionStorage)).toStrictEqual([run('A')]);
    sessionStorage.setItem(RUN_HISTORY_KEY, '{not json');
    expect(loadRunHistory(sessionStorage)).toStrictEqual([]);
    sessionStorage.setItem(RUN_HISTORY_KEY, JSON.stringify([{ nope: 1 }, run('B')]));
    expect(loadRunHistory(sessionStorage)).toStrictEqual([run('B')]);
    sessionStorage.removeItem(RUN_HISTORY_KEY);
  });
});
