import { useState } from 'react';
import type { ApiError } from '../../api/http.ts';
import type { SchemaDto } from '../../api/types.ts';
import { QueryErrorView } from '../../ui/QueryErrorView.tsx';
import { LazyCypherEditor } from './LazyCypherEditor.tsx';
import type { ResultMode, RunRequest } from './useQueryRunner.ts';
import { useAccess } from '../../state/AccessContext.tsx';
import { PermissionNote } from '../../ui/AccessBadge.tsx';

interface CypherConsoleProps {
  text: string;
  onTextChange: (text: string) => void;
  schema: SchemaDto | null;
  mode: ResultMode;
  running: boolean;
  failure: { error: ApiError; query: string } | null;
  onRun: (request: RunRequest, mode: ResultMode) => void;
  onSaveAs: (cypher: string) => void;
}

/** Ad-hoc read-only Cypher with parameters as JSON; errors point into the text. */
export function CypherConsole({
  text,
  onTextChange,
  schema,
  mode,
  running,
  failure,
  onRun,
  onSaveAs,
}: CypherConsoleProps) {
  const [paramsText, setParamsText] = useState('{}');
  const [paramsError, setParamsError] = useState<string | null>(null);
  const { adhocCypher } = useAccess();

  const run = (query: string = text) => {
    // Ctrl+Enter in the editor runs too, so the disabled button alone does not stop it.
    if (!adhocCypher.allowed) return;
    let params: unknown;
    try {
      params = JSON.parse(paramsText || '{}');
    } catch {
      params = null;
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      setParamsError('Parameters must be a JSON object, e.g. {"id": "tiktok"}.');
      return;
    }
    setParamsError(null);
    onRun({ cypher: query, params: params as RunRequest['params'], saved: null }, mode);
  };

  const errorHere = failure && failure.query === text ? failure : null;
  return (
    <div className="cypher-console">
      <LazyCypherEditor
        label="Cypher query"
        value={text}
        onChange={onTextChange}
        onRun={run}
        schema={schema}
        errorOffset={errorHere?.error.position?.offset ?? null}
      />
      <label>
        Parameters (JSON)
        <input
          value={paramsText}
          onChange={(e) => setParamsText(e.target.value)}
          spellCheck={false}
        />
      </label>
      {paramsError ? (
        <p className="error" role="alert">
          {paramsError}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => run()}
          disabled={running || !text.trim() || !adhocCypher.allowed}
          title={adhocCypher.allowed ? undefined : adhocCypher.reason}
        >
          {running ? 'Running…' : 'Run Cypher'}
        </button>
        <button type="button" onClick={() => onSaveAs(text)} disabled={!text.trim()}>
          Save as query…
        </button>
        <span className="muted small-text">Ctrl+Enter runs</span>
      </div>
      <PermissionNote reason={adhocCypher.allowed ? null : adhocCypher.reason} />
      {errorHere ? <QueryErrorView error={errorHere.error} query={errorHere.query} /> : null}
    </div>
  );
}
