/**
 * Relationship statements. A type cannot be a parameter, so rows are grouped
 * by type and each type is written through relationshipType. Endpoints are matched by
 * their indexed id; relationships are found by their id through the
 * per-type uniqueness constraint, never by scanning.
 */
import { relationshipType } from '../identifiers.ts';
import { RELATIONSHIP_TYPES } from '@newsgraph/model';
import { userProperties, withArticle } from './lists.ts';

const FIXED_PROPERTIES = `r.attribution = row.attribution,
    r.stance = row.stance,
    r.speaker = row.speaker,
    r.date = row.date,
    r.scope = row.scope,
    r.inferred = row.inferred,
    r.inferenceNote = row.inferenceNote`;

/**
 * Relationships that are not in Neo4j yet, of several types in one round
 * trip: each type gets its own UNWIND branch over `$rows.<TYPE>` (rows stay
 * grouped by type; the type is written through relationshipType). Small
 * articles have a few rows of many types, and one statement per type would
 * cost more in round trips than in writing. Nothing stored is read: reading
 * a relationship's properties in the same statement doubles the cost of a
 * first seed, so existing ones go through updateRelationships instead.
 *
 * @example createRelationships(['BANS', 'OWNS'], [])
 */
export function createRelationships(
  types: readonly string[],
  propertyKeys: readonly string[],
): string {
  const branches = types.map((type, i) => {
    const quoted = relationshipType(type);
    return `CALL () {
  UNWIND coalesce($rows.${quoted}, []) AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:${quoted} {id: row.id}]->(b)
  SET ${FIXED_PROPERTIES.replaceAll('\n    ', '\n      ')},
      r.articleIds = [$articleId],
      r.evidenceArticleIds = [q IN row.quotes | $articleId],
      r.evidenceQuotes = row.quotes,
      r.evidenceStarts = row.starts,
      r.evidenceEnds = row.ends,
      r.evidenceSentenceIndexes = row.sentenceIndexes${userProperties('r', propertyKeys, false).replaceAll('\n    ', '\n      ')}
  RETURN count(r) AS written${i}
}`;
  });
  const total = types.length === 0 ? '0' : types.map((_, i) => `written${i}`).join(' + ');
  return `${branches.join('\n')}\nRETURN ${total} AS written`;
}

/**
 * The stored evidence list `list` with this article's entries replaced by
 * `fresh`, in article-id order. Every item of a SET reads the stored values
 * from before the SET, so each array can look up the old evidenceArticleIds.
 */
const spliceEvidence = (list: string, fresh: string): string => {
  const ids = 'r.evidenceArticleIds';
  const part = (test: string): string =>
    `[i IN range(0, size(coalesce(${ids}, [])) - 1) WHERE ${ids}[i] ${test} $articleId | ${list}[i]]`;
  return `${part('<')} + ${fresh} + ${part('>')}`;
};

/**
 * Relationships already in Neo4j (from this or another article): this
 * article's evidence entries are replaced and other articles' kept. Matches
 * only when the stored endpoints are the row's; the caller compares the
 * count with the rows and reports a conflict otherwise.
 *
 * @example updateRelationships('OWNS', [])
 */
export function updateRelationships(type: string, propertyKeys: readonly string[]): string {
  return `
UNWIND $rows AS row
MATCH (a)-[r:${relationshipType(type)} {id: row.id}]->(b)
WHERE a.id = row.from AND b.id = row.to
SET ${FIXED_PROPERTIES},
    r.articleIds = ${withArticle('[x IN coalesce(r.articleIds, []) WHERE x <> $articleId]')},
    r.evidenceQuotes = ${spliceEvidence('r.evidenceQuotes', 'row.quotes')},
    r.evidenceStarts = ${spliceEvidence('r.evidenceStarts', 'row.starts')},
    r.evidenceEnds = ${spliceEvidence('r.evidenceEnds', 'row.ends')},
    r.evidenceSentenceIndexes = ${spliceEvidence('r.evidenceSentenceIndexes', 'row.sentenceIndexes')},
    r.evidenceArticleIds = ${spliceEvidence('r.evidenceArticleIds', '[q IN row.quotes | $articleId]')}${userProperties('r', propertyKeys, true)}
RETURN count(r) AS written`;
}

/**
 * Whether the article was seeded before, and which of the given entity and
 * relationship ids already exist, in one round trip (a first seed needs no
 * other read). `$relationshipIds` maps each type to its ids; only `types`
 * are probed.
 *
 * @example existingIds(['OWNS', 'BANS'])
 */
export function existingIds(types: readonly string[]): string {
  const branches = types.map((type) => {
    const quoted = relationshipType(type);
    return `UNWIND coalesce($relationshipIds.${quoted}, []) AS id MATCH ()-[r:${quoted} {id: id}]->() RETURN r.id AS rid`;
  });
  const relationships =
    branches.length === 0
      ? 'RETURN [] AS relationshipIds'
      : `CALL () {\n    ${branches.join('\n    UNION ALL\n    ')}\n  }\n  RETURN collect(rid) AS relationshipIds`;
  return `
CALL () { OPTIONAL MATCH (a:Article {id: $articleId}) RETURN a IS NOT NULL AS articleExists }
CALL () { UNWIND $entityIds AS id MATCH (n:Entity {id: id}) RETURN collect(id) AS entityIds }
CALL () {
  ${relationships}
}
RETURN articleExists, entityIds, relationshipIds`;
}

/** A UNION over every vocabulary type, so a relationship is found by id with index seeks only. */
const byIdInAnyType = (pattern: (type: string) => string): string =>
  RELATIONSHIP_TYPES.map((type) => pattern(relationshipType(type))).join('\n  UNION ALL\n  ');

/** Relationships by id whatever their type, with their type and endpoints. */
export function findRelationshipsById(): string {
  return `
UNWIND $ids AS id
CALL (id) {
  ${byIdInAnyType((quoted) => `MATCH (a)-[r:${quoted} {id: id}]->(b) RETURN r, a, b`)}
}
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to`;
}

/** Takes one article's evidence off relationships; deletes those no article supports any more. */
export function retractRelationships(): string {
  return `
UNWIND $ids AS id
CALL (id) {
  ${byIdInAnyType((quoted) => `MATCH ()-[r:${quoted} {id: id}]->() RETURN r`)}
}
WITH r, coalesce(r.evidenceArticleIds, []) AS ea
WITH r, [i IN range(0, size(ea) - 1) WHERE ea[i] <> $articleId] AS keep
SET r.evidenceArticleIds = [i IN keep | r.evidenceArticleIds[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceSentenceIndexes = [i IN keep | r.evidenceSentenceIndexes[i]],
    r.articleIds = [x IN coalesce(r.articleIds, []) WHERE x <> $articleId]
WITH r WHERE size(r.articleIds) = 0
DELETE r`;
}
