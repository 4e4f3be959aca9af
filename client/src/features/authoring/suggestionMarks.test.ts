import { afterEach, describe, expect, it } from 'vitest';
import { loadMarks, mark, saveMarks } from './suggestionMarks.ts';

afterEach(() => localStorage.clear());

describe('suggestion marks', () => {
  it('keeps dismissals and acceptances per article in localStorage', () => {
    let marks = loadMarks('a1');
    expect(marks).toStrictEqual({ dismissed: [], accepted: [] });
    marks = mark(marks, 'dismissed', 'entity:VK', true);
    marks = mark(marks, 'accepted', 'entity:Telegram', true);
    marks = mark(marks, 'dismissed', 'entity:VK', true);
    saveMarks('a1', marks);
    expect(loadMarks('a1')).toStrictEqual({
      dismissed: ['entity:VK'],
      accepted: ['entity:Telegram'],
    });
    expect(loadMarks('a2')).toStrictEqual({ dismissed: [], accepted: [] });
    saveMarks('a1', mark(loadMarks('a1'), 'dismissed', 'entity:VK', false));
    expect(loadMarks('a1').dismissed).toStrictEqual([]);
  });

  it('reads anything unreadable as no marks', () => {
    localStorage.setItem('newsgraph.suggestions.a1', '{not json');
    expect(loadMarks('a1')).toStrictEqual({ dismissed: [], accepted: [] });
    localStorage.setItem('newsgraph.suggestions.a1', JSON.stringify({ dismissed: [1, 'k'] }));
    expect(loadMarks('a1')).toStrictEqual({ dismissed: ['k'], accepted: [] });
  });
});
