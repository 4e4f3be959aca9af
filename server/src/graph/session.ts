import {
  Neo4jError,
  type Driver,
  type QueryResult,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { DEADLINE_GRACE_MS, runWithDeadline } from './deadline.ts';
import { toDomainError } from './neo4jErrors.ts';
import type { SessionOptions } from './sessionOptions.ts';

export type { SessionOptions } from './sessionOptions.ts';

export interface RunOptions {
  /** Server-side transaction timeout; Neo4j stops the query when it runs out. */
  timeoutMs?: number;
}

/**
 * Why not driver.executeRead/executeWrite: their retry loop waits about a
 * second before giving up even with retries off, and the API must answer
 * 503 at once while Neo4j is down. We use explicit transactions and retry
 * only what Neo4j marks transient (deadlocks, leader switches), never a
 * refused connection.
 */
async function inTransaction<T>(
  driver: Driver,
  session: SessionOptions,
  mode: 'READ' | 'WRITE',
  options: RunOptions,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const maxAttempts = mode === 'WRITE' ? 3 : 1;
  for (let attempt = 1; ; attempt += 1) {
    const neo4jSession = driver.session({ database: session.database, defaultAccessMode: mode });
    try {
      const tx = neo4jSession.beginTransaction({ timeout: options.timeoutMs });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      const transient =
        error instanceof Neo4jError &&
        error.code.startsWith('Neo.TransientError.') &&
        !error.code.includes('DatabaseUnavailable');
      if (!transient || attempt >= maxAttempts) throw toDomainError(error);
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    } finally {
      await neo4jSession.close();
    }
  }
}

/**
 * Runs one parameterised read query as an auto-commit transaction in READ
 * mode, so that Neo4j itself refuses writes. One query needs no BEGIN and
 * COMMIT: that saves two Bolt messages and a socket write each, which the
 * API benchmark showed to be a large share of the server's work per request.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  session: SessionOptions,
  cypher: string,
  params: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<QueryResult<T>> {
  const timeoutMs = options.timeoutMs ?? session.timeoutMs;
  if (session.registry && timeoutMs !== undefined) {
    const deadlineAt = performance.now() + timeoutMs + DEADLINE_GRACE_MS;
    return runWithDeadline(driver, session, session.registry, {
      cypher,
      params,
      deadlineAt,
      consume: async (result) => (await result) as unknown as QueryResult<T>,
    }).answer;
  }
  const neo4jSession = openReadSession(driver, session);
  try {
    return await neo4jSession.run<T>(cypher, params, { timeout: options.timeoutMs });
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await neo4jSession.close();
  }
}

/** A READ-mode session: its auto-commit queries may not write. */
export function openReadSession(driver: Driver, session: SessionOptions): Session {
  return driver.session({ database: session.database, defaultAccessMode: 'READ' });
}

/** Runs one parameterised write query in a WRITE transaction (saved queries only). */
export function writeQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  session: SessionOptions,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<T>> {
  return inTransaction(driver, session, 'WRITE', {}, (tx) => tx.run<T>(cypher, params));
}

/** Several statements in one write transaction, retried as a whole on transient errors. */
export function writeTransaction<T>(
  driver: Driver,
  session: SessionOptions,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return inTransaction(driver, session, 'WRITE', {}, work);
}

/** Several reads in one READ-mode transaction (one consistent view; Neo4j refuses writes). */
export function readTransaction<T>(
  driver: Driver,
  session: SessionOptions,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return inTransaction(driver, session, 'READ', {}, work);
}
