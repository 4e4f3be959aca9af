import type { Driver, QueryResult, RecordShape } from 'neo4j-driver';
import { toDomainError } from './neo4jErrors.ts';

export interface SessionOptions {
  database: string | undefined;
}

export interface RunOptions {
  /** Server-side transaction timeout; Neo4j stops the query when it runs out. */
  timeoutMs?: number;
}

/**
 * Runs one parameterised read query in a READ transaction, so that Neo4j
 * itself refuses writes. Driver errors come back as domain errors.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  session: SessionOptions,
  cypher: string,
  params: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<QueryResult<T>> {
  const neo4jSession = driver.session({ database: session.database, defaultAccessMode: 'READ' });
  try {
    return await neo4jSession.executeRead((tx) => tx.run<T>(cypher, params), {
      timeout: options.timeoutMs,
    });
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await neo4jSession.close();
  }
}

/** Runs one parameterised write query in a WRITE transaction (saved queries only). */
export async function writeQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  session: SessionOptions,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<T>> {
  const neo4jSession = driver.session({ database: session.database, defaultAccessMode: 'WRITE' });
  try {
    return await neo4jSession.executeWrite((tx) => tx.run<T>(cypher, params));
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await neo4jSession.close();
  }
}
