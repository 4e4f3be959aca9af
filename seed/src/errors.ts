/**
 * Every problem found in seed input, with where it is. Validation collects
 * all of them before failing, so one run shows every mistake in a file.
 */

export interface SeedIssue {
  /** The file the problem is in, relative to the current directory when it came from disk. */
  file: string;
  /** A JSON path into that file, e.g. `$.relationships[3].evidence[0].quote`; `$` for the whole file. */
  path: string;
  message: string;
}

/** Thrown before anything is written when any seed input is invalid. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  readonly issues: SeedIssue[];

  constructor(issues: SeedIssue[]) {
    const lines = issues.map((issue) => `  ${formatIssue(issue)}`);
    super(
      `The seed input is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n${lines.join('\n')}`,
    );
    this.issues = issues;
  }
}

export function formatIssue(issue: SeedIssue): string {
  return `${issue.file} ${issue.path}: ${issue.message}`;
}

/** Turns a zod issue path into `$.a[0].b`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number'
        ? `${path}[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `${path}.${String(segment)}`
          : `${path}[${JSON.stringify(String(segment))}]`,
    '$',
  );
}

/** Thrown when the data conflicts with what is already in Neo4j; also raised before any write. */
export class SeedConflictError extends Error {
  override name = 'SeedConflictError';
}
