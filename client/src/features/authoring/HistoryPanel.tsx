import { useState } from 'react';
import type { ApiError } from '../../api/http.ts';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { AuthoringApi } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import { useChange, useHistory, useReloadDocument } from './useAuthoring.ts';

const NOT_UNDOABLE = new Set(['import', 'seed', 'publish']);

/** The article's changes, newest first: version, when, who, what; each edit can be undone. */
export function HistoryPanel({
  api,
  document,
  onDone,
}: {
  api: AuthoringApi;
  document: ArticleDocumentDto;
  onDone: (message: string) => void;
}) {
  const history = useHistory(api, document.id, true);
  const change = useChange(document);
  const reload = useReloadDocument();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const undo = async (version: number, mergeId: string | undefined) => {
    setBusy(true);
    // A merge changed several articles at once, and is undone as a whole.
    const outcome = await change(async (id, expected) => {
      if (mergeId === undefined) return api.revert(id, expected, version);
      const reverted = await api.revertMerge(mergeId);
      const mine = reverted.changes.find((c) => c.articleId === id);
      if (!mine) throw new Error(`The merge did not touch the article "${id}".`);
      return { article: await api.document(id), change: mine.change };
    });
    setBusy(false);
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) onDone(outcome.result.change.summary);
  };

  if (history.isError) return <p className="error">{history.error.message}</p>;
  if (!history.data) return <p className="muted">Loading the history…</p>;
  return (
    <section className="history" aria-label="History">
      <h3>History</h3>
      <ChangeError error={error} onReload={() => void reload(document.id)} />
      <ol>
        {history.data.changes.map((c) => (
          <li key={c.version} data-version={c.version}>
            <span className="history-line">
              <strong>v{c.version}</strong>{' '}
              <time dateTime={c.at}>{c.at.slice(0, 19).replace('T', ' ')}</time> · {c.author} ·{' '}
              <code>{c.kind}</code>
            </span>
            <span className="history-summary">{c.summary}</span>
            {NOT_UNDOABLE.has(c.kind) || (c.kind === 'revert' && c.mergeId !== undefined) ? null : (
              <button
                type="button"
                disabled={busy}
                aria-label={`Undo version ${String(c.version)}: ${c.summary}`}
                onClick={() => void undo(c.version, c.kind === 'merge' ? c.mergeId : undefined)}
              >
                Undo
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
