/**
 * Cypher of the authoring store: article documents (:ArticleDocument) and
 * their change records (:ArticleChange), and the look-ups an edit needs in
 * the published graph. The graph itself is written by the seeder's own
 * writer (@newsgraph/seed writeEditedArticle), never here.
 */
import { RELATIONSHIP_TYPES } from '@newsgraph/model';
import { quoteIdentifier } from '../identifiers.ts';

const DOCUMENT_FIELDS = `.id, .version, .status, .editedInApp, .updatedBy, .title, .outlet,
  .publishedAt, .language, .url, updatedAt: toString(d.updatedAt)`;

/** Summaries of every document, newest publication date first; drafts only for writers. */
export const LIST_DOCUMENTS = `
MATCH (d:ArticleDocument) WHERE $withDrafts OR d.status = 'published'
RETURN d {${DOCUMENT_FIELDS}} AS d
ORDER BY d.publishedAt DESC, d.id`;

export const GET_DOCUMENT = `
MATCH (d:ArticleDocument {id: $id})
RETURN d {${DOCUMENT_FIELDS}, .text, .graph} AS d`;

/**
 * Takes the document's write lock before reading it, so the version check
 * that follows cannot race another edit of the same article.
 */
export const LOCK_DOCUMENT = `
MATCH (d:ArticleDocument {id: $id})
SET d.lockToken = $lockToken
RETURN d {${DOCUMENT_FIELDS}, .text, .graph} AS d`;

/** Whether an article or a document already uses this id. */
export const ARTICLE_ID_TAKEN = `
RETURN EXISTS { MATCH (:Article {id: $id}) } OR EXISTS { MATCH (:ArticleDocument {id: $id}) } AS taken`;

/** A new draft with its first change record. */
export const CREATE_DOCUMENT = `
CREATE (d:ArticleDocument {id: $id})
SET d += $source, d.version = 1, d.status = 'draft', d.origin = 'app', d.editedInApp = true,
    d.text = $text, d.graph = $graph, d.entityIds = [], d.relationshipIds = [],
    d.createdAt = datetime(), d.updatedAt = datetime(), d.updatedBy = $author
CREATE (c:ArticleChange {id: $changeId})
SET c.articleId = $id, c.version = 1, c.at = d.updatedAt, c.author = $author, c.kind = 'import',
    c.summary = $summary, c.after = $graph
RETURN d {${DOCUMENT_FIELDS}} AS d, c {.version, .author, .kind, .summary, at: toString(c.at)} AS c`;

/** The next version of a locked document, and the change that made it. */
export const SAVE_DOCUMENT = `
MATCH (d:ArticleDocument {id: $id})
SET d += $source, d.version = $version, d.status = $status, d.editedInApp = true,
    d.graph = $graph, d.entityIds = $entityIds, d.relationshipIds = $relationshipIds,
    d.updatedAt = datetime(), d.updatedBy = $author
REMOVE d.lockToken
CREATE (c:ArticleChange {id: $changeId})
SET c.articleId = $id, c.version = $version, c.at = d.updatedAt, c.author = $author,
    c.kind = $kind, c.summary = $summary, c.revertOf = $revertOf, c.before = $before, c.after = $graph,
    c.mergeId = $mergeId
RETURN d {${DOCUMENT_FIELDS}} AS d,
       c {.version, .author, .kind, .summary, .revertOf, .mergeId, at: toString(c.at)} AS c`;

/** One article's changes, newest first, found by the id prefix on the constraint's index. */
export const LIST_CHANGES = `
MATCH (c:ArticleChange) WHERE c.id STARTS WITH $prefix
RETURN c {.version, .author, .kind, .summary, .revertOf, .mergeId, at: toString(c.at)} AS c
ORDER BY c.version DESC`;

export const GET_CHANGE = `
MATCH (c:ArticleChange {id: $id})
RETURN c {.version, .kind, .summary, .mergeId, .before, .after} AS c`;

/** Entities of the published graph, by id, as an article's document would declare them. */
export const GRAPH_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.type AS type, n.description AS description`;

/**
 * A relationship of the published graph by id, whatever its type: one index
 * seek per vocabulary type (a UNION), never a scan of every relationship.
 */
export const GRAPH_RELATIONSHIP = `
CALL () {
  ${RELATIONSHIP_TYPES.map(
    (type) =>
      `MATCH (a:Entity)-[r:${quoteIdentifier(type)} {id: $id}]->(b:Entity) RETURN r, type(r) AS type, a.id AS from, b.id AS to`,
  ).join('\n  UNION ALL\n  ')}
}
RETURN r.id AS id, type, from, to, r.attribution AS attribution, r.stance AS stance,
       r.speaker AS speaker, r.date AS date, r.scope AS scope
LIMIT 1`;

/**
 * The id of a relationship that already states `from TYPE to`, whatever its
 * id. The type is a vocabulary name, quoted by the one identifier gate.
 *
 * @example relationshipBetween('OWNS')
 */
export function relationshipBetween(type: string): string {
  return `MATCH (:Entity {id: $from})-[r:${quoteIdentifier(type)}]->(:Entity {id: $to}) RETURN r.id AS id LIMIT 1`;
}

/** Whether another article's document (a draft, say) already declares this entity or relationship id. */
export const ID_IN_OTHER_DOCUMENT = `
MATCH (d:ArticleDocument) WHERE d.id <> $articleId AND ($id IN d.entityIds OR $id IN d.relationshipIds)
RETURN d.id AS articleId LIMIT 1`;
