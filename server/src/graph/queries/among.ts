/**
 * Cypher for "connect what is shown": the relationships among a set of
 * nodes on the canvas that touch at least one newly added node.
 */
import { INTERNAL_LABELS } from '../schemaCache.ts';

const NOT_INTERNAL = INTERNAL_LABELS.map((label) => `NOT n:${label}`).join(' AND ');

/** Resolves each id of a list: an index seek on the Entity id constraint, or an element-id seek. */
const resolveAll = (list: string, nodes: string, found: string): string => `CALL () {
  UNWIND ${list} AS id
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n
    UNION
    MATCH (n) WHERE elementId(n) = id AND ${NOT_INTERNAL} RETURN n
  }
  RETURN collect(DISTINCT n) AS ${nodes}, collect(DISTINCT id) AS ${found}
}`;

/** The public id of a node, as toDomain.nodeId computes it. */
const publicId = (variable: string): string =>
  `CASE WHEN ${variable}:Entity AND ${variable}.id IS :: STRING THEN ${variable}.id ELSE elementId(${variable}) END`;

/**
 * Relationships between a new node and any node of new ∪ visible, counted
 * and capped. Hub-safe: a new node whose degree is at most the number of
 * nodes asked about is expanded (cost: its degree); a busier one is checked
 * pair by pair against each node asked about, which Neo4j answers with an
 * expand-into from the less connected end. Either way the work is bounded
 * by what is on the canvas, never by a hub's full degree.
 *
 * Parameters: $newIds, $visibleIds (lists of ids), $limit (integer).
 * Returns one row: the ids found, `total` relationships among them, and at
 * most $limit of them, each with its endpoints' public ids.
 *
 * @example run(RELATIONSHIPS_AMONG, { newIds: ['tiktok'], visibleIds: ['bytedance'], limit: 100 })
 */
export const RELATIONSHIPS_AMONG = `
${resolveAll('$newIds', 'fresh', 'freshFound')}
${resolveAll('$visibleIds', 'shown', 'shownFound')}
WITH fresh, freshFound, shownFound, fresh + [s IN shown WHERE NOT s IN fresh] AS everyone
CALL (fresh, everyone) {
  UNWIND fresh AS a
  CALL (a, everyone) {
    WITH a, everyone WHERE COUNT { (a)--() } <= size(everyone)
    MATCH (a)-[r]-(b) WHERE b IN everyone
    RETURN r
    UNION
    WITH a, everyone WHERE COUNT { (a)--() } > size(everyone)
    UNWIND everyone AS b
    MATCH (a)-[r]-(b)
    RETURN r
  }
  WITH DISTINCT r
  RETURN count(r) AS total, collect(r)[0..$limit] AS rels
}
RETURN freshFound, shownFound, total,
       [x IN rels | {rel: x, source: ${publicId('startNode(x)')}, target: ${publicId('endNode(x)')}}] AS edges`;
