/**
 * What a person did with each suggestion of one article, kept in this
 * browser (localStorage): the ones they dismissed, and the ones they
 * accepted through a prefilled form (a form may be changed before it is
 * sent, so the article's contents alone cannot always tell). Suggestions
 * are never stored on the server: they are not facts.
 */
import { useCallback, useState } from 'react';

export interface SuggestionMarks {
  dismissed: readonly string[];
  accepted: readonly string[];
}

const EMPTY: SuggestionMarks = { dismissed: [], accepted: [] };
const keyOf = (articleId: string) => `newsgraph.suggestions.${articleId}`;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The stored marks of an article; anything unreadable counts as none. */
export function loadMarks(articleId: string, storage: Storage = localStorage): SuggestionMarks {
  try {
    const raw: unknown = JSON.parse(storage.getItem(keyOf(articleId)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return EMPTY;
    const record = raw as Record<string, unknown>;
    return { dismissed: strings(record.dismissed), accepted: strings(record.accepted) };
  } catch {
    return EMPTY;
  }
}

export function saveMarks(
  articleId: string,
  marks: SuggestionMarks,
  storage: Storage = localStorage,
) {
  storage.setItem(keyOf(articleId), JSON.stringify(marks));
}

/** Adds or takes away `key` in one list of the marks. */
export function mark(
  marks: SuggestionMarks,
  list: keyof SuggestionMarks,
  key: string,
  on: boolean,
): SuggestionMarks {
  const rest = marks[list].filter((k) => k !== key);
  return { ...marks, [list]: on ? [...rest, key] : rest };
}

/** The marks of one article, read once per article and written on every change. */
export function useSuggestionMarks(articleId: string) {
  const [state, setState] = useState(() => ({ articleId, marks: loadMarks(articleId) }));
  const marks = state.articleId === articleId ? state.marks : loadMarks(articleId);
  const change = useCallback(
    (list: keyof SuggestionMarks, key: string, on: boolean) => {
      setState((previous) => {
        const base = previous.articleId === articleId ? previous.marks : loadMarks(articleId);
        const next = mark(base, list, key, on);
        saveMarks(articleId, next);
        return { articleId, marks: next };
      });
    },
    [articleId],
  );
  return { marks, change };
}
