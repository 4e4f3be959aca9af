/**
 * Reading the graph revision (seed/src/revision.ts) for the response cache.
 * Every cached request needs the revision as it is after the request
 * arrived; requests that arrive in the same turn of the event loop share one
 * read, sent after the last of them arrived, so the rule still holds for each.
 */
import type { Driver } from 'neo4j-driver';
import { READ_GRAPH_REVISION } from '@newsgraph/seed/revision';
import { toDomainError } from './neo4jErrors.ts';
import { openReadSession } from './session.ts';
import type { SessionOptions } from './sessionOptions.ts';
import { toPropertyValue } from './toDomain.ts';

/** One auto-commit READ query: a single-node index seek. */
export async function readGraphRevision(driver: Driver, session: SessionOptions): Promise<number> {
  const neo4jSession = openReadSession(driver, session);
  try {
    const result = await neo4jSession.run(READ_GRAPH_REVISION, {}, { timeout: session.timeoutMs });
    return Number(toPropertyValue(result.records[0]?.get('revision') ?? 0));
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await neo4jSession.close();
  }
}

/**
 * Shares one read among the callers of one event-loop turn. The read is
 * sent from setImmediate, after the I/O callbacks of that turn (the requests
 * that arrived together) have run, never before a caller asked; a caller
 * that comes after it was sent waits for the next one.
 */
export function coalescePerTurn(read: () => Promise<number>): () => Promise<number> {
  let pending: Promise<number> | undefined;
  return () => {
    pending ??= new Promise<number>((resolve, reject) => {
      setImmediate(() => {
        pending = undefined;
        read().then(resolve, reject);
      });
    });
    return pending;
  };
}
