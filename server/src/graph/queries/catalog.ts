/** Cypher for the catalog: the schema's counts and the articles. */
import { quoteIdentifier } from '../identifiers.ts';

/**
 * One count per label and relationship type, each answered from Neo4j's
 * count store. The names come from db.labels() and db.relationshipTypes().
 *
 * @example buildCountsQuery(['Person'], ['OWNS']) // RETURN [COUNT { (:`Person`) }, COUNT { ()-[:`OWNS`]->() }] AS counts
 */
export function buildCountsQuery(labels: string[], types: string[]): string {
  const counts = [
    ...labels.map((label) => `COUNT { (:${quoteIdentifier(label)}) }`),
    ...types.map((type) => `COUNT { ()-[:${quoteIdentifier(type)}]->() }`),
  ];
  return `RETURN [${counts.join(', ')}] AS counts`;
}

const ARTICLE_FIELDS = `a.id AS id, a.title AS title, a.outlet AS outlet, toString(a.publishedAt) AS publishedAt,
  a.language AS language, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentenceCount,
  CASE WHEN a.outletStatus IS NULL THEN null ELSE {outlet: a.outletStatus,
    publishedAt: a.publishedAtStatus, credit: a.credit, note: a.provenanceNote} END AS provenance`;

/** Every article, newest first (a story reads back from its latest turn). */
export const LIST_ARTICLES = `MATCH (a:Article) RETURN ${ARTICLE_FIELDS} ORDER BY a.publishedAt DESC, a.id`;

/** One article with its sentences in order, each with the relationships it supports. */
export const GET_ARTICLE = `
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH s ORDER BY s.index
  RETURN collect({index: s.index, start: s.start, end: s.end, text: s.text,
                  relationshipIds: coalesce(s.relationshipIds, [])}) AS sentences
}
RETURN ${ARTICLE_FIELDS}, a.text AS text, sentences`;
