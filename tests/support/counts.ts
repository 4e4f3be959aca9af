import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  savedQueries: number;
  labels: string[];
  indexes: number;
  constraints: number;
}

/**
 * A digest of every node's labels and properties and every relationship's
 * type, endpoints and properties, in a stable order (the test graph is small).
 * A write that only changes a property leaves the counts alone, but not this.
 */
export async function graphContentDigest(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n)
      WITH n ORDER BY elementId(n)
      RETURN collect([elementId(n), labels(n), properties(n)]) AS nodes
    }
    CALL () {
      MATCH (a)-[r]->(b)
      WITH a, r, b ORDER BY elementId(r)
      RETURN collect([elementId(r), type(r), elementId(a), elementId(b), properties(r)]) AS rels
    }
    RETURN nodes, rels`);
  const record = records[0];
  if (!record) throw new Error('Neo4j returned no graph content.');
  // Property maps come back with keys in storage order; sort them so the digest
  // depends on content only.
  const canonical = JSON.stringify([record.get('nodes'), record.get('rels')], (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as object).sort(([a], [b]) => a.localeCompare(b)))
      : (value as unknown),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** Everything a write could change, read straight from Neo4j. */
export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (q:SavedQuery) RETURN count(q) AS savedQueries }
    CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
    RETURN nodes, relationships, savedQueries, labels`);
  // SHOW commands cannot sit inside subqueries, so they run on their own.
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN count(name) AS total');
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN count(name) AS total',
  );
  const record = records[0];
  if (!record) throw new Error('Neo4j returned no counts.');
  return {
    nodes: Number(record.get('nodes')),
    relationships: Number(record.get('relationships')),
    savedQueries: Number(record.get('savedQueries')),
    labels: (record.get('labels') as string[]).slice().sort(),
    indexes: Number(indexes.records[0]?.get('total')),
    constraints: Number(constraints.records[0]?.get('total')),
  };
}
