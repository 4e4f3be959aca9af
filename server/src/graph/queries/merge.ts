/**
 * Cypher of entity merges: the documents a merge rewrites, the change
 * records that link them, and where a merged entity's id leads. The graph
 * itself is written by the seeder's own writer, as for every edit.
 */

/** Where a merged-away entity id leads; bookkeeping, never an entity (schemaCache's INTERNAL_LABELS). */
export const MERGED_ENTITY_LABEL = 'MergedEntity';

const DOCUMENT_FIELDS = `.id, .version, .status, .editedInApp, .updatedBy, .title, .outlet,
  .publishedAt, .language, .url, .text, .graph, updatedAt: toString(d.updatedAt)`;

/** The ids of documents (drafts too) that list any of these entity ids, in id order. */
export const DOCUMENTS_LISTING = `
MATCH (d:ArticleDocument) WHERE any(id IN $entityIds WHERE id IN d.entityIds)
RETURN d.id AS id ORDER BY id`;

/** Documents by id, in id order. */
export const READ_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:ArticleDocument {id: id})
RETURN d {${DOCUMENT_FIELDS}} AS d ORDER BY d.id`;

/**
 * Takes the write locks of documents, always in id order (so two merges
 * cannot deadlock), before they are read for a change.
 */
export const LOCK_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:ArticleDocument {id: id})
SET d.lockToken = $lockToken
RETURN count(d) AS locked`;

/** Lets go of the locks a merge took on documents it read but did not change. */
export const UNLOCK_DOCUMENTS = `
MATCH (d:ArticleDocument) WHERE d.lockToken = $lockToken
REMOVE d.lockToken`;

/** The changes one merge made, one per article. */
export const MERGE_CHANGES = `
MATCH (c:ArticleChange {mergeId: $mergeId})
RETURN c {.articleId, .version, .kind, .summary, .before, .after} AS c
ORDER BY c.articleId, c.version`;

/** Where an id leads after a merge: the entity it was merged into, if it is no entity itself. */
export const MERGED_ENTITY = `
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (m:MergedEntity {id: $id})
RETURN n IS NOT NULL AS exists, m.into AS into, m.mergeId AS mergeId`;

export const SET_MERGED_ENTITY = `
MERGE (m:MergedEntity {id: $from})
SET m.into = $into, m.mergeId = $mergeId, m.at = datetime()`;

export const CLEAR_MERGED_ENTITY = `
MATCH (m:MergedEntity {mergeId: $mergeId})
DELETE m`;
