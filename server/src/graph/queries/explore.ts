/**
 * Cypher for exploration. Values always travel as parameters; the only
 * interpolated pieces are relationship types that went through
 * quoteIdentifier after a schema check, and integers validated by zod.
 */
import { quoteIdentifier } from '../identifiers.ts';
import { INTERNAL_LABELS } from '../schemaCache.ts';

const NOT_INTERNAL = INTERNAL_LABELS.map((label) => `NOT n:${label}`).join(' AND ');

/**
 * Resolves a public node id to `n`: the seed's slug for entities, elementId
 * otherwise, then goes on with `next`. Both branches are index seeks
 * (uniqueness constraint, element-id seek).
 *
 * @example resolveNode('WITH n LIMIT 1') // … the node as n, for the next clause
 */
export function resolveNode(next: string): string {
  return `
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) = $id AND ${NOT_INTERNAL} RETURN n
}
${next}`;
}

export const FIND_NODE = resolveNode('RETURN n LIMIT 1');

/**
 * Per-type degree counts. Each COUNT{} on a single typed, directed hop is
 * answered from Neo4j's degree store, so a hub with 100 000 relationships
 * costs the same as a leaf.
 *
 * @example buildDegreeCounts(['OWNS']) // RETURN [COUNT { (n)-[:`OWNS`]->() }, COUNT { (n)<-[:`OWNS`]-() }] AS degrees
 */
export function buildDegreeCounts(types: string[]): string {
  const counts = types.flatMap((type) => {
    const quoted = quoteIdentifier(type);
    return [`COUNT { (n)-[:${quoted}]->() }`, `COUNT { (n)<-[:${quoted}]-() }`];
  });
  return `${resolveNode('WITH n LIMIT 1')}
RETURN [${counts.join(', ')}] AS degrees`;
}

/** Evidence of up to 200 relationships around a node; bounded so hubs stay cheap. */
export const NODE_EVIDENCE = `
MATCH (n:Entity {id: $id})-[r]-()
WHERE r.evidenceQuotes IS NOT NULL
WITH r LIMIT 200
RETURN r.id AS relationshipId,
       r {.evidenceArticleIds, .evidenceQuotes, .evidenceStarts, .evidenceEnds, .evidenceSentenceIndexes} AS properties`;

/**
 * The articles that name the entity, newest first, each with how many
 * distinct quotes of its relationships come from it and where the first one
 * is (for a link into the reader). A quote two relationships share counts once.
 *
 * One pass over the entity's relationships, grouped by article: a popular
 * entity is named in many articles, and scanning its relationships once per
 * article (articles × relationships) ran past the time limit on the bench
 * graph (1 000 articles, 120 000 relationships) instead of answering.
 */
export const NODE_ARTICLES = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WHERE r.evidenceArticleIds IS NOT NULL
  UNWIND range(0, size(r.evidenceArticleIds) - 1) AS i
  WITH r.evidenceArticleIds[i] AS articleId, r.id AS relationshipId,
       r.evidenceSentenceIndexes[i] AS sentenceIndex,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
  ORDER BY start, end
  WITH articleId, count(DISTINCT [start, end]) AS evidenceCount,
       head(collect({relationshipId: relationshipId, sentenceIndex: sentenceIndex, start: start, end: end})) AS first
  RETURN collect({articleId: articleId, evidenceCount: evidenceCount, first: first}) AS byArticle
}
UNWIND coalesce(n.articleIds, []) AS articleId
MATCH (a:Article {id: articleId})
WITH a, [found IN byArticle WHERE found.articleId = articleId][0] AS found
RETURN a.id AS articleId, a.title AS title, toString(a.publishedAt) AS publishedAt,
       coalesce(found.evidenceCount, 0) AS evidenceCount, found.first AS first
ORDER BY a.publishedAt DESC, a.id`;

/** Where the text names the entity, found through the articles the entity belongs to. */
export const NODE_MENTIONS = `
MATCH (n:Entity {id: $id})
MATCH (a:Article) WHERE a.id IN coalesce(n.articleIds, [])
MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) WHERE $id IN coalesce(s.mentionEntityIds, [])
WITH s ORDER BY s.articleId, s.index LIMIT 100
RETURN s.articleId AS articleId, s.index AS sentenceIndex, s.text AS text, s.start AS sentenceStart,
       s.mentionEntityIds AS ids, s.mentionStarts AS starts, s.mentionEnds AS ends`;

export type NeighbourDirection = 'in' | 'out' | 'both';

function hopPattern(
  direction: NeighbourDirection,
  type: string | undefined,
  variables = { r: 'r', m: 'm' },
): string {
  const relationship =
    type === undefined ? `[${variables.r}]` : `[${variables.r}:${quoteIdentifier(type)}]`;
  switch (direction) {
    case 'out':
      return `(n)-${relationship}->(${variables.m})`;
    case 'in':
      return `(n)<-${relationship}-(${variables.m})`;
    case 'both':
      return `(n)-${relationship}-(${variables.m})`;
  }
}

/**
 * An entity as a map without its `articleIds`: a popular entity is named in
 * thousands of articles, and those lists were most of a hub page's cost
 * (bench/README.md). `m {.*, articleIds: null}` still reads every list it then
 * drops; `keys(m)` does not read values, so naming each other key reads only
 * what is sent, and an entity's own keys (`americanUsers`…) still come along.
 * decodeProjectedEntity (toDomain.ts) turns the pairs back into properties.
 */
const entityWithoutArticleIds = (variable: string): string =>
  `{elementId: elementId(${variable}), labels: labels(${variable}), ` +
  `propertyPairs: [key IN keys(${variable}) WHERE key <> 'articleIds' | [key, ${variable}[key]]]}`;

/**
 * One page of neighbours. No ORDER BY on purpose: Neo4j then expands the
 * hub lazily and stops after offset+limit rows instead of reading and
 * sorting every relationship. The order is the store's, stable while the
 * graph does not change, which is what paging needs. `total` is a degree-store count.
 * Neighbours come without `articleIds` (entityWithoutArticleIds); node
 * details carry the full list.
 *
 * @example buildNeighbourPage('out', 'OWNS')
 */
export function buildNeighbourPage(
  direction: NeighbourDirection,
  type: string | undefined,
): string {
  // The count uses its own anonymous pattern, counted before the page, so that
  // it is a degree-store lookup and not a grouping key of the page's rows.
  const counted = hopPattern(direction, type, { r: '', m: '' });
  return `${resolveNode('WITH n LIMIT 1')}
WITH n, COUNT { ${counted} } AS total
CALL (n) {
  MATCH ${hopPattern(direction, type)}
  RETURN r, m SKIP $offset LIMIT $limit
}
RETURN n, total, collect(r) AS rels,
       collect(${entityWithoutArticleIds('m')}) AS others`;
}

/** A relationship by stable id: one index seek per known type, or an element-id seek. */
export function buildFindRelationship(types: string[]): string {
  const branches = types.map(
    (type) => `  MATCH (a)-[r:${quoteIdentifier(type)} {id: $id}]->(b) RETURN a, r, b`,
  );
  branches.push('  MATCH (a)-[r]->(b) WHERE elementId(r) = $id RETURN a, r, b');
  return `CALL () {\n${branches.join('\n  UNION\n')}\n}\nRETURN a, r, b LIMIT 1`;
}

/**
 * All shortest paths (up to 25) between two entities through entities only,
 * each as its nodes (projected without articleIds) and relationships in
 * order, and whether each endpoint exists, in one round trip: the caller reports a
 * missing endpoint instead of "no path" without asking first.
 * maxHops is an integer from 1 to 12, validated before it gets here.
 */
export function buildShortestPaths(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 12) {
    throw new RangeError(`maxHops must be an integer from 1 to 12, got ${maxHops}.`);
  }
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
  WHERE all(x IN nodes(p) WHERE x:Entity)
  WITH p LIMIT 25
  RETURN collect({
    nodes: [m IN nodes(p) | ${entityWithoutArticleIds('m')}],
    rels: relationships(p)
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`;
}

/** The start view: up to $limit entities and the relationships among them. */
export const OVERVIEW = `
MATCH (n:Entity)
WITH n ORDER BY n.id LIMIT $limit
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
  RETURN collect(r)[0..$edgeLimit] AS rels
}
RETURN nodes, rels`;

/** A subgraph by ids, for exports; edges default to all among the nodes. */
export const SUBGRAPH = `
CALL () {
  UNWIND $nodeIds AS id
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n
    UNION
    MATCH (n) WHERE elementId(n) = id AND ${NOT_INTERNAL} RETURN n
  }
  RETURN collect(DISTINCT n) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b) WHERE b IN nodes
    AND ($edgeIds IS NULL OR r.id IN $edgeIds OR elementId(r) IN $edgeIds)
  RETURN collect(r) AS rels
}
RETURN nodes, rels`;

/**
 * The period a relationship's partial date covers (yyyy is the whole year,
 * yyyy-mm the whole month), as in model/src/dates.ts's periodOf.
 */
const DATE_PERIOD = `CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END AS first,
     CASE size(r.date) WHEN 4 THEN r.date + '-12-31'
       WHEN 7 THEN toString(date(r.date + '-01') + duration('P1M') - duration('P1D'))
       ELSE r.date END AS last`;

/**
 * Dated relationships whose period overlaps [$from, $to] (a null end is
 * open), oldest first, at most $limit, with how many there are in all. It
 * scans the relationships that have a date: a story graph holds few.
 *
 * @example read.records(RELATIONSHIPS_IN_PERIOD, { from: '2023-03-01', to: null, limit: neo4j.int(500) })
 */
export const RELATIONSHIPS_IN_PERIOD = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.date IS NOT NULL
WITH a, r, b, ${DATE_PERIOD}
WHERE ($from IS NULL OR last >= $from) AND ($to IS NULL OR first <= $to)
WITH a, r, b ORDER BY first, r.id
WITH collect({a: a, r: r, b: b}) AS rows
RETURN size(rows) AS total, rows[0..$limit] AS page`;
