import { useId, useState } from 'react';
import type { ApiError } from '../../api/http.ts';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { AuthoringApi, ImportRequest } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import { toApiError } from './useAuthoring.ts';

interface ImportDialogProps {
  api: AuthoringApi;
  onImported: (article: ArticleDocumentDto) => void;
  onClose: () => void;
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '') ?? '';

/**
 * Import an article as a draft: paste its text, or load a .txt or .html
 * file (HTML is turned into text by the server, once). The text is stored
 * verbatim; its first line is taken as the title unless one is typed.
 */
export function ImportDialog({ api, onImported, onClose }: ImportDialogProps) {
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [language, setLanguage] = useState('en');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [html, setHtml] = useState<{ name: string; content: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const loadFile = async (file: File) => {
    const content = await file.text();
    if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
      setHtml({ name: file.name, content });
      setText('');
    } else {
      setHtml(null);
      setText(content);
      if (title.trim() === '') setTitle(firstLine(content));
    }
  };

  const submit = async () => {
    const request: ImportRequest = {
      title: title.trim() || firstLine(text),
      outlet: outlet.trim(),
      publishedAt,
      language: language.trim() || 'en',
      ...(url.trim() ? { url: url.trim() } : {}),
      ...(html ? { html: html.content } : { text }),
    };
    setBusy(true);
    try {
      onImported(await api.importArticle(request));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={titleId}>Import an article</h2>
        <form
          aria-label="Import an article"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            Title
            <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            Outlet
            <input
              name="outlet"
              value={outlet}
              onChange={(event) => setOutlet(event.target.value)}
              required
            />
          </label>
          <label>
            Date
            <input
              type="date"
              name="publishedAt"
              value={publishedAt}
              onChange={(event) => setPublishedAt(event.target.value)}
              required
            />
          </label>
          <label>
            Language
            <input
              name="language"
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
            />
          </label>
          <label>
            URL (optional; recorded, never fetched)
            <input
              type="url"
              name="url"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          </label>
          <label>
            File (.txt or .html)
            <input
              type="file"
              name="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void loadFile(file);
              }}
            />
          </label>
          {html ? (
            <p className="muted">
              {html.name}: the server turns the HTML into text; check it before annotating.
            </p>
          ) : (
            <label>
              Text (stored exactly as it is)
              <textarea
                name="text"
                rows={10}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </label>
          )}
          <ChangeError error={error} />
          <div className="form-buttons">
            <button type="submit" disabled={busy}>
              {busy ? 'Importing…' : 'Import as draft'}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
