import type { ApiError } from '../api/http.ts';

/** An API error under the query that caused it: the message, and for Cypher the spot in the text. */
export function QueryErrorView({ error, query }: { error: ApiError; query: string }) {
  const position = error.position;
  const line = position ? (query.split('\n')[position.line - 1] ?? '') : null;
  return (
    <div className="error query-error" role="alert" data-testid="query-error">
      <p>
        <strong>{error.code}</strong>: {error.message}
      </p>
      {position && line !== null ? (
        <>
          <p>
            At line {position.line}, column {position.column}:
          </p>
          <pre aria-hidden="true">
            {line}
            {'\n'}
            {' '.repeat(Math.max(0, position.column - 1))}^
          </pre>
        </>
      ) : null}
      {error.needsToken ? (
        <p>
          Saving needs write access: enter the server’s token under “Write access” below and try
          again.
        </p>
      ) : null}
      {error.code === 'READ_ONLY_VIOLATION' ? (
        <p>
          Queries here may only read: take out the clauses that write (CREATE, MERGE, SET, DELETE,
          REMOVE…) and run it again.
        </p>
      ) : null}
      {error.status === 409 ? (
        <p>
          Someone else saved this query meanwhile: reload the list, then apply your change again.
        </p>
      ) : null}
    </div>
  );
}
