import { randomUUID } from 'node:crypto';
import type { Driver, Result } from 'neo4j-driver';
import { QueryTimeoutError } from '../domain/errors.ts';
import { toDomainError } from './neo4jErrors.ts';
import type { SessionOptions } from './sessionOptions.ts';
import type { RunRegistry } from './runRegistry.ts';

/**
 * Time between Neo4j's own transaction timeout and the moment the API gives
 * up waiting for Neo4j's answer. Neo4j normally answers its timeout well
 * within it; when it does not (work inside one expression, which Neo4j cannot
 * interrupt), the API answers anyway.
 */
export const DEADLINE_GRACE_MS = 400;

/** Tag put in each transaction's metadata so that SHOW TRANSACTIONS can find it again. */
export const RUN_TAG = 'newsgraphRun';

export interface DeadlineRun<T> {
  /** The answer, or QueryTimeoutError at the deadline, whatever Neo4j does. */
  answer: Promise<T>;
  /** Settles when Neo4j has really finished with the query (answered or given up). */
  settled: Promise<void>;
}

export interface DeadlineRunRequest<T> {
  cypher: string;
  params: Record<string, unknown>;
  /** Absolute time (performance.now()) by which the API answers. */
  deadlineAt: number;
  consume: (result: Result) => Promise<T>;
}

export const timeoutError = (): QueryTimeoutError =>
  new QueryTimeoutError(
    'The query ran past its time limit and was stopped. Narrow it (add LIMIT, bound path lengths) and retry.',
  );

/**
 * Runs one auto-commit query in a READ session and keeps the API's deadline:
 * Neo4j gets the remaining time as its transaction timeout, and if it has not
 * answered by `deadlineAt` the caller gets QueryTimeoutError at once while
 * the registry terminates the transaction by id. The session is closed only
 * when Neo4j lets go of it, so no connection returns to the pool while busy.
 */
export function runWithDeadline<T>(
  driver: Driver,
  session: SessionOptions,
  registry: RunRegistry,
  request: DeadlineRunRequest<T>,
): DeadlineRun<T> {
  const runId = randomUUID();
  const neo4jTimeoutMs = Math.max(
    100,
    Math.round(request.deadlineAt - DEADLINE_GRACE_MS - performance.now()),
  );
  const neo4jSession = driver.session({
    database: session.database,
    defaultAccessMode: 'READ',
  });
  const work = (async () => {
    try {
      return await request.consume(
        neo4jSession.run(request.cypher, request.params, {
          timeout: neo4jTimeoutMs,
          metadata: { [RUN_TAG]: runId },
        }),
      );
    } finally {
      await neo4jSession.close().catch(() => undefined);
    }
  })();
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  registry.track(runId, request.deadlineAt, settled);

  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        registry.overdue(runId);
        reject(timeoutError());
      },
      Math.max(0, request.deadlineAt - performance.now()),
    );
  });
  const answer = Promise.race([
    work.catch((error: unknown) => {
      throw toDomainError(error);
    }),
    overdue,
  ]).finally(() => clearTimeout(timer));
  // Whoever loses the race must not surface as an unhandled rejection.
  overdue.catch(() => undefined);
  return { answer, settled };
}
