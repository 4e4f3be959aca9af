/**
 * The graph revision: one integer in Neo4j that every writer of the graph
 * bumps in the same transaction as its write. The server's response cache
 * keys on it (server/src/http/responseCache/), so a write that does not bump
 * it could be served stale. docs/data-model.md, "Graph revision".
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';

export const GRAPH_REVISION_LABEL = 'GraphRevision';
export const GRAPH_REVISION_CONSTRAINT_NAME = 'graph_revision_id';

/**
 * Unique, so that two writers that both find no revision node yet cannot
 * create two: MERGE takes the index entry's lock.
 */
export const GRAPH_REVISION_CONSTRAINT = `
CREATE CONSTRAINT ${GRAPH_REVISION_CONSTRAINT_NAME} IF NOT EXISTS
FOR (r:${GRAPH_REVISION_LABEL}) REQUIRE r.id IS UNIQUE`;

/** Creates the revision node at 0 when it is missing; changes nothing otherwise. */
export const ENSURE_GRAPH_REVISION = `
MERGE (r:${GRAPH_REVISION_LABEL} {id: 'graph'})
ON CREATE SET r.value = 0
RETURN r.value AS revision`;

/**
 * The read and the write of `value` are one SET expression, so Neo4j takes
 * the node's write lock before it reads: concurrent bumps serialize and none
 * is lost (tests/integration/api/response-cache.test.ts checks that every
 * acknowledged write got its own revision).
 */
export const BUMP_GRAPH_REVISION = `
MERGE (r:${GRAPH_REVISION_LABEL} {id: 'graph'})
SET r.value = coalesce(r.value, 0) + 1
RETURN r.value AS revision`;

/** The current revision; 0 before any writer ran. */
export const READ_GRAPH_REVISION = `
OPTIONAL MATCH (r:${GRAPH_REVISION_LABEL} {id: 'graph'})
RETURN coalesce(r.value, 0) AS revision`;

type Tx = Pick<ManagedTransaction | Transaction, 'run'>;

/**
 * Bumps the revision inside the caller's write transaction and returns the
 * new value. Every writer of article data or saved queries calls it: the
 * seeder, removeArticles, resetSeedData, the saved-query store, and any
 * future article-authoring writer.
 *
 * @example await session.executeWrite(async (tx) => { await write(tx); await bumpGraphRevision(tx); })
 */
export async function bumpGraphRevision(tx: Tx): Promise<number> {
  const result = await tx.run(BUMP_GRAPH_REVISION);
  return Number(result.records[0]?.get('revision'));
}
