/**
 * Cypher for the saved-query store. Saved queries live in Neo4j under the
 * :SavedQuery label, which exploration, search and the seeder never touch.
 * Deleted starter queries keep a tombstone (deletedAt) so a restart does not
 * bring them back.
 */
export const SAVED_QUERY_CONSTRAINT_NAME = 'saved_query_id';

export const ENSURE_SAVED_QUERY_CONSTRAINT = `
CREATE CONSTRAINT ${SAVED_QUERY_CONSTRAINT_NAME} IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE`;

export const LIST_SAVED_QUERIES = `
MATCH (q:SavedQuery) WHERE q.deletedAt IS NULL
RETURN q ORDER BY q.starter DESC, q.name`;

export const GET_SAVED_QUERY = `
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NULL
RETURN q`;

export const CREATE_SAVED_QUERY = `
CREATE (q:SavedQuery {id: $id})
SET q += $fields, q.version = 1, q.starter = false,
    q.createdAt = datetime(), q.updatedAt = datetime()
RETURN q`;

/** Takes the node's write lock first, so the version check below cannot race another update. */
export const LOCK_SAVED_QUERY = `
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NULL
SET q.lockToken = $lockToken
RETURN q.version AS version`;

export const UPDATE_SAVED_QUERY = `
MATCH (q:SavedQuery {id: $id})
SET q += $fields, q.version = q.version + 1, q.updatedAt = datetime()
REMOVE q.lockToken
RETURN q`;

export const DELETE_SAVED_QUERY = `
MATCH (q:SavedQuery {id: $id}) WHERE q.deletedAt IS NULL
WITH q, q.starter AS starter
CALL (q, starter) {
  WITH q WHERE starter
  SET q.deletedAt = datetime(), q.version = q.version + 1
}
CALL (q, starter) {
  WITH q WHERE NOT starter
  DELETE q
}
RETURN count(*) AS deleted`;

/** Creates missing starter queries; never overwrites a user's edit or revives a deleted one. */
export const SEED_STARTER_QUERIES = `
UNWIND $queries AS starter
MERGE (q:SavedQuery {id: starter.id})
ON CREATE SET q += starter.fields, q.version = 1, q.starter = true,
              q.createdAt = datetime(), q.updatedAt = datetime()
RETURN count(q) AS total`;
