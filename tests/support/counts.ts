import type { Driver } from 'neo4j-driver';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  savedQueries: number;
  labels: string[];
  indexes: number;
  constraints: number;
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
