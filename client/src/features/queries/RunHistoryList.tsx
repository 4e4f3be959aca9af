import type { RunRecord } from './runHistory.ts';

/** The last runs, newest first; picking one puts its text back into the Cypher editor. */
export function RunHistoryList({
  runs,
  onPick,
}: {
  runs: readonly RunRecord[];
  onPick: (run: RunRecord) => void;
}) {
  if (runs.length === 0)
    return <p className="muted">No runs yet. Runs are kept in this browser only.</p>;
  return (
    <ol className="run-history" aria-label="Run history">
      {runs.map((run) => (
        <li key={`${run.ranAt}-${run.cypher}`}>
          <button type="button" className="link" onClick={() => onPick(run)}>
            <span className={run.ok ? 'ok' : 'error'}>{run.ok ? '✓' : '✗'}</span>{' '}
            {run.queryName ?? run.cypher.slice(0, 60)}
          </button>
          <span className="muted small-text">
            {' '}
            {new Date(run.ranAt).toLocaleTimeString()}
            {run.rowCount !== null ? ` · ${String(run.rowCount)} rows` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
