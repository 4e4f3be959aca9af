import { useState } from 'react';
import type { ApiError } from '../../api/http.ts';
import type { ArticleDocumentDto, ArticleDocumentSummaryDto } from '../../api/types.ts';
import type { AuthoringApi } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import { useChange, useReloadDocument } from './useAuthoring.ts';

interface ArticleBarProps {
  api: AuthoringApi;
  documents: readonly ArticleDocumentSummaryDto[];
  document: ArticleDocumentDto | null;
  articleId: string | null;
  onChoose: (id: string) => void;
  onImport: () => void;
  showHistory: boolean;
  onToggleHistory: () => void;
  onDone: (message: string) => void;
}

/** Which article is open (drafts marked), and what can be done to it: import, publish, history. */
export function ArticleBar(props: ArticleBarProps) {
  const { documents, document, articleId } = props;
  return (
    <div className="authoring-bar">
      <label>
        Article{' '}
        <select
          value={articleId ?? ''}
          aria-label="Article to annotate"
          onChange={(event) => props.onChoose(event.target.value)}
        >
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.status === 'draft' ? '[draft] ' : ''}
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onImport}>
        Import article…
      </button>
      <button type="button" aria-pressed={props.showHistory} onClick={props.onToggleHistory}>
        History
      </button>
      {document ? (
        <PublishButton api={props.api} document={document} onDone={props.onDone} />
      ) : null}
      {document ? (
        <p className="muted document-status" data-testid="document-status">
          {document.status === 'draft' ? (
            <span className="draft-badge">draft</span>
          ) : (
            <span className="published-badge">published</span>
          )}{' '}
          version {document.version} · {document.outlet}, {document.publishedAt.slice(0, 10)}
          {document.status === 'draft' ? ' · only writers see it until it is published' : ''}
        </p>
      ) : null}
    </div>
  );
}

function PublishButton({
  api,
  document,
  onDone,
}: {
  api: AuthoringApi;
  document: ArticleDocumentDto;
  onDone: (message: string) => void;
}) {
  const change = useChange(document);
  const reload = useReloadDocument();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (document.status !== 'draft') return null;
  const publish = async () => {
    setBusy(true);
    const outcome = await change((id, version) => api.publish(id, version));
    setBusy(false);
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) onDone(`Published “${document.title}”: it is in the shared graph now.`);
  };
  return (
    <>
      <button type="button" className="primary" disabled={busy} onClick={() => void publish()}>
        {busy ? 'Publishing…' : 'Publish'}
      </button>
      <ChangeError error={error} onReload={() => void reload(document.id)} />
    </>
  );
}
