import type { Driver } from 'neo4j-driver';

/** Every relationship Neo4j holds among these entities, by id, sorted: what the canvas must draw. */
export async function relationshipsAmong(driver: Driver, ids: string[]): Promise<string[]> {
  const result = await driver.executeQuery(
    `MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
     RETURN collect(DISTINCT r.id) AS ids`,
    { ids },
  );
  return (result.records[0]?.get('ids') as string[]).sort();
}

/** The ids of every entity one relationship away from `id`, sorted. */
export async function neighboursOf(driver: Driver, id: string): Promise<string[]> {
  const result = await driver.executeQuery(
    'MATCH (:Entity {id: $id})--(o:Entity) RETURN collect(DISTINCT o.id) AS ids',
    { id },
  );
  return (result.records[0]?.get('ids') as string[]).sort();
}
