/** Article and sentence statements, and what an article wrote before. */

/** What the article wrote last time: its relationship ids (from its sentences) and entity ids. */
export const PREVIOUS_CONTENT = `
MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  UNWIND coalesce(s.relationshipIds, []) AS rid
  RETURN collect(DISTINCT rid) AS relationshipIds
}
CALL () {
  MATCH (n:Entity) WHERE $articleId IN n.articleIds
  RETURN collect(n.id) AS entityIds
}
RETURN relationshipIds, entityIds`;

const SENTENCES = `UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId,
    s.index = row.index,
    s.start = row.start,
    s.end = row.end,
    s.text = row.text,
    s.relationshipIds = row.relationshipIds,
    s.mentionEntityIds = row.mentionEntityIds,
    s.mentionStarts = row.mentionStarts,
    s.mentionEnds = row.mentionEnds
MERGE (a)-[:HAS_SENTENCE]->(s)
RETURN count(s) AS written`;

/**
 * The article node and the first batch of its sentences, in one round trip.
 * Sentence properties are named one by one: `SET s += row` would make the
 * plan Eager.
 */
export const UPSERT_ARTICLE_AND_SENTENCES = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.outlet = $article.outlet,
    a.publishedAt = date($article.publishedAt),
    a.language = $article.language,
    a.outletStatus = $article.outletStatus,
    a.publishedAtStatus = $article.publishedAtStatus,
    a.credit = $article.credit,
    a.provenanceNote = $article.provenanceNote,
    a.text = $article.text,
    a.sentenceCount = $article.sentenceCount,
    a.contentHash = $article.contentHash
WITH a
${SENTENCES}`;

/** Later batches of sentences, for articles with more than one batch. */
export const UPSERT_SENTENCES = `
MATCH (a:Article {id: $articleId})
${SENTENCES}`;

/** Sentences left over from a longer earlier version of the text. */
export const DELETE_EXTRA_SENTENCES = `
MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.index >= $sentenceCount
DETACH DELETE s`;

export const DELETE_ARTICLE = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s, a`;
