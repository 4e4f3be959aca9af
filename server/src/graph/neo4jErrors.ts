import { Neo4jError } from 'neo4j-driver';
import {
  CypherError,
  CypherSyntaxError,
  DatabaseUnavailableError,
  QueryMemoryLimitError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  type CypherPosition,
} from '../domain/errors.ts';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const READ_ONLY_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Transaction.ForbiddenDueToTransactionType',
]);

/**
 * Neo4j's memory refusals, with the setting that set the limit. They are
 * "transient" in Neo4j's taxonomy, but the same query fails the same way
 * every time, so they are the query's fault (4xx), never 503.
 */
const MEMORY_CODES = new Map<string, string>([
  ['Neo.TransientError.General.TransactionMemoryLimit', 'db.memory.transaction.max (per query)'],
  [
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'db.memory.transaction.total.max (all queries together)',
  ],
  ['Neo.TransientError.General.OutOfMemoryError', "Neo4j's heap"],
]);

const SETTING_MEANING: Record<string, string> = {
  'db.memory.transaction.max': 'per query',
  'db.memory.transaction.total.max': 'all queries together',
};

/** Names the limit: the setting Neo4j's message cites (else the code's), and its size. */
function memoryLimitError(code: string, message: string): QueryMemoryLimitError {
  const cited = /\b((?:db|dbms)\.memory\.[a-z_.]*max)\b/.exec(message)?.[1];
  const setting = cited
    ? `${cited} (${SETTING_MEANING[cited] ?? 'Neo4j setting'})`
    : (MEMORY_CODES.get(code) ?? "Neo4j's memory limit");
  const size = /limit (?:of )?([\d.]+ ?[KMGT]?i?B)/i.exec(message)?.[1];
  const limit = size ? `${setting}, ${size}` : setting;
  return new QueryMemoryLimitError(
    `The query needs more memory than Neo4j allows (limit: ${limit}). Retrying will not help: return fewer or smaller rows, add LIMIT, or avoid collecting large lists.`,
  );
}

/** Neo4j reports syntax errors as "... (line 2, column 5 (offset: 17))". */
export function parseCypherPosition(message: string): CypherPosition | undefined {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/** Neo4j syntax messages repeat the query with a caret; keep the first paragraph only. */
function firstParagraph(message: string): string {
  return message.split('\n\n')[0]?.split('\n"')[0]?.trim() ?? message;
}

/**
 * Translates a driver error into a domain error. Errors that are not Neo4j's
 * (bugs in our code) are returned unchanged so that they surface as 500s.
 */
export function toDomainError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code, message } = error;
  if (MEMORY_CODES.has(code)) return memoryLimitError(code, message);
  if (
    UNAVAILABLE_CODES.has(code) ||
    (/connect|ECONNREFUSED|Pool is closed|acquisition timed out/i.test(message) &&
      !code.startsWith('Neo.ClientError'))
  ) {
    return new DatabaseUnavailableError(
      'Neo4j is unreachable right now; the server retries on its own. Try again shortly.',
    );
  }
  if (TIMEOUT_CODES.has(code)) {
    return new QueryTimeoutError(
      'The query ran past its time limit and was stopped. Narrow it (add LIMIT, bound path lengths) and retry.',
    );
  }
  if (READ_ONLY_CODES.has(code)) {
    return new ReadOnlyViolationError(
      `Only read queries are allowed here: ${firstParagraph(message)}`,
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new CypherSyntaxError(firstParagraph(message), parseCypherPosition(message));
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new CypherError(`${firstParagraph(message)} (${code})`);
  }
  return new DatabaseUnavailableError(
    `Neo4j could not run the query (${code}); try again shortly.`,
  );
}
