import neo4j from 'neo4j-driver';

/**
 * JSON has one number type, but Cypher tells integers from floats (LIMIT 10.0
 * is an error). Whole numbers become Neo4j integers; everything else passes
 * through, recursively.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, toCypherParams(inner)]),
    );
  }
  return value;
}
