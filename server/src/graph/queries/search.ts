/**
 * Builds a Lucene query for the `entity_search` full-text index from what a
 * user typed. Each term matches exactly (boosted), as a prefix, and — when long
 * enough to be meaningful — with one typo. Adjacent terms are also tried
 * glued together, so "tik tok" finds "TikTok".
 *
 * @example buildLuceneQuery('byted') // 'byted^3 OR byted* OR byted~1'
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

function termClauses(term: string, boost: number): string[] {
  const escaped = escapeLucene(term);
  const clauses = [`${escaped}^${boost}`, `${escaped}*`];
  if (term.length >= 4) clauses.push(`${escaped}~1`);
  return clauses;
}

export function buildLuceneQuery(input: string): string | null {
  const terms = input
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return null;
  const clauses = terms.flatMap((term) => termClauses(term, 3));
  if (terms.length > 1) clauses.push(...termClauses(terms.join(''), 4));
  return clauses.join(' OR ');
}

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit})
YIELD node, score
// Equal scores are common (an alias shared by a company and its app); the shorter name is the better hit.
RETURN node, score ORDER BY score DESC, size(node.name), node.name`;
