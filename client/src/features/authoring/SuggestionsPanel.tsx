import { useState } from 'react';
import { ENTITY_TYPE_INFO } from '@newsgraph/model';
import type { ApiError } from '../../api/http.ts';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { AuthoringApi } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import type { Suggestion } from './suggestions.ts';
import { useChange, useReloadDocument } from './useAuthoring.ts';

interface SuggestionsPanelProps {
  api: AuthoringApi;
  document: ArticleDocumentDto;
  suggestions: readonly Suggestion[];
  onDone: (message: string) => void;
}

/**
 * Known entities the text names, each with one click to use it here (an
 * alias when the wording is not the name). Accepted ones stay listed, so
 * what was suggested and what was taken can be told apart.
 */
export function SuggestionsPanel({ api, document, suggestions, onDone }: SuggestionsPanelProps) {
  const change = useChange(document);
  const reload = useReloadDocument();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const accepted = suggestions.filter((s) => s.accepted).length;

  const accept = async (suggestion: Suggestion) => {
    setBusy(`${suggestion.entityId}:${suggestion.surface}`);
    const outcome = await change((id, version) =>
      api.edit(id, version, {
        kind: 'addAlias',
        entityId: suggestion.entityId,
        selection: { start: suggestion.start, end: suggestion.end, text: suggestion.surface },
      }),
    );
    setBusy(null);
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) onDone(outcome.result.change.summary);
  };

  return (
    <section className="suggestions" aria-label="Suggested entities">
      <h3>
        Known entities in this text{' '}
        <span className="muted" data-testid="suggestion-counts">
          {suggestions.length} suggested · {accepted} accepted
        </span>
      </h3>
      {suggestions.length === 0 ? (
        <p className="muted">The text names no entity the graph knows.</p>
      ) : null}
      <ul>
        {suggestions.map((s) => {
          const key = `${s.entityId}:${s.surface}`;
          const asName = s.surface === s.entityName;
          return (
            <li key={key} className={s.accepted ? 'accepted' : 'suggested'}>
              <span>
                “{s.surface}”{s.occurrences > 1 ? ` ×${String(s.occurrences)}` : ''} →{' '}
                <strong>{s.entityName}</strong>{' '}
                <span className="muted">({s.type ? ENTITY_TYPE_INFO[s.type].label : 'node'})</span>
              </span>
              {s.accepted ? (
                <span className="accepted-mark">accepted ✓</span>
              ) : (
                <button
                  type="button"
                  disabled={busy !== null}
                  aria-label={`${asName ? 'Use this entity' : 'Link as alias'}: ${s.surface} → ${s.entityName}`}
                  onClick={() => void accept(s)}
                >
                  {busy === key ? 'Saving…' : asName ? 'Use this entity' : 'Link as alias'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ChangeError error={error} onReload={() => void reload(document.id)} />
    </section>
  );
}
