import type { ApiError } from '../../api/http.ts';

interface ChangeErrorProps {
  error: ApiError | null;
  /** Reads the document again; offered on a version conflict. */
  onReload?: () => void;
}

interface Issue {
  field?: string;
  path?: string;
  message: string;
}

/** The issues an INVALID_EDIT lists in `details.issues`, each naming its field. */
export function issuesOf(details: unknown): Issue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const issues: unknown = details.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue: unknown): issue is Issue =>
      typeof issue === 'object' &&
      issue !== null &&
      'message' in issue &&
      typeof issue.message === 'string',
  );
}

/** A number that the error's `details` carry under `key` (e.g. currentVersion). */
export function detailNumber(details: unknown, key: string): number | null {
  if (typeof details !== 'object' || details === null || !(key in details)) return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

const ADVICE: Record<string, string> = {
  SELECTION_MISMATCH: 'The selection does not match the stored text; select the words again.',
  VERSION_CONFLICT: 'Someone changed this article since you read it.',
  REVERT_CONFLICT: 'Later changes stand in the way; undo those first.',
  UNAUTHORIZED: 'This needs the write token: enter it under “Write access”.',
  FORBIDDEN: 'The write token is not accepted: check it under “Write access”.',
};

/** A server error beside the form that caused it: code, message, the fields at fault, a way out. */
export function ChangeError({ error, onReload }: ChangeErrorProps) {
  if (error === null) return null;
  const issues = issuesOf(error.details);
  const current = detailNumber(error.details, 'currentVersion');
  const advice = ADVICE[error.code];
  return (
    <div className="error change-error" role="alert" data-testid="change-error">
      <p>
        <strong>{error.code}</strong>: {error.message}
      </p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.field ?? ''}${issue.path ?? ''}${issue.message}`}>
              {issue.field ?? issue.path ?? 'edit'}: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {advice ? <p>{advice}</p> : null}
      {error.code === 'VERSION_CONFLICT' && onReload ? (
        <button type="button" onClick={onReload}>
          Reload the article{current === null ? '' : ` (version ${String(current)})`}; your form
          stays
        </button>
      ) : null}
    </div>
  );
}
