/**
 * Creates the seeder's constraints and the full-text index, idempotently.
 * Runs after validation and before the first data write; schema statements
 * cannot share a transaction with data, so each runs on its own.
 */
import type { Driver } from 'neo4j-driver';
import {
  CONSTRAINT_NAMES,
  FULLTEXT_INDEX,
  FULLTEXT_INDEX_PROPERTIES,
  FULLTEXT_PROPERTIES,
  ORPHANED_CONSTRAINT_INDEXES,
  schemaItems,
} from './cypher/schema.ts';
import { quoteIdentifier } from './identifiers.ts';
import { ENSURE_GRAPH_REVISION, GRAPH_REVISION_CONSTRAINT_NAME } from './revision.ts';

export interface SchemaOptions {
  driver: Driver;
  database?: string | undefined;
  log?: (line: string) => void;
}

const sameList = (a: unknown, b: readonly string[]): boolean =>
  Array.isArray(a) && a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Ensures every constraint and the `entity_search` index exist, creating only
 * what is missing: the benchmark seeds in many small calls, and two reads
 * cost less than thirty schema statements. An `entity_search` built over other
 * labels or properties (an older layout) is rebuilt, because the server's
 * search depends on exactly these fields.
 */
export async function ensureSchema({ driver, database, log }: SchemaOptions): Promise<void> {
  const read = { database, routing: 'READ' as const };
  const existing = await driver.executeQuery(
    FULLTEXT_INDEX_PROPERTIES,
    { name: FULLTEXT_INDEX },
    read,
  );
  const index = existing.records[0];
  const present = new Set(
    (await driver.executeQuery(CONSTRAINT_NAMES, {}, read)).records[0]?.get('names') as string[],
  );
  if (index) {
    const sameLayout =
      sameList(index.get('labelsOrTypes'), ['Entity']) &&
      sameList(index.get('properties'), FULLTEXT_PROPERTIES);
    if (sameLayout) present.add(FULLTEXT_INDEX);
    else {
      log?.(
        `rebuilding the ${FULLTEXT_INDEX} index over Entity(${FULLTEXT_PROPERTIES.join(', ')})`,
      );
      await driver.executeQuery(`DROP INDEX ${quoteIdentifier(FULLTEXT_INDEX)}`, {}, { database });
    }
  }
  const missing = schemaItems().filter((item) => !present.has(item.name));
  await dropOrphanedConstraintIndexes({
    driver,
    database,
    log,
    names: missing.map((item) => item.name).filter((name) => name !== FULLTEXT_INDEX),
  });
  for (const item of missing) await driver.executeQuery(item.statement, {}, { database });
  // The revision node exists from the start, so a writer's bump only ever updates it.
  if (missing.some((item) => item.name === GRAPH_REVISION_CONSTRAINT_NAME)) {
    await driver.executeQuery(ENSURE_GRAPH_REVISION, {}, { database });
  }
  // The server searches right after `npm start` seeds, so wait until the index is online.
  if (missing.length > 0 || index?.get('state') !== 'ONLINE') {
    await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  }
}

/**
 * Drops the range indexes a stopped constraint creation left under these
 * constraint names (ORPHANED_CONSTRAINT_INDEXES), so that creating the
 * constraints can succeed. An index holds no data of its own, and the
 * constraint builds a new one, so nothing is lost.
 */
export async function dropOrphanedConstraintIndexes({
  driver,
  database,
  log,
  names,
}: SchemaOptions & { names: readonly string[] }): Promise<string[]> {
  if (names.length === 0) return [];
  const found = await driver.executeQuery(
    ORPHANED_CONSTRAINT_INDEXES,
    { names },
    { database, routing: 'READ' },
  );
  const orphans = (found.records[0]?.get('names') as string[] | undefined) ?? [];
  for (const name of orphans) {
    log?.(`dropping the index ${name}, left without its constraint by an interrupted creation`);
    await driver.executeQuery(`DROP INDEX ${quoteIdentifier(name)} IF EXISTS`, {}, { database });
  }
  return orphans;
}
