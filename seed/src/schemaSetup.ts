/**
 * Creates the seeder's constraints and the full-text index, idempotently.
 * Runs after validation and before the first data write; schema statements
 * cannot share a transaction with data, so each runs on its own.
 */
import type { Driver } from 'neo4j-driver';
import {
  FULLTEXT_INDEX,
  FULLTEXT_INDEX_PROPERTIES,
  FULLTEXT_PROPERTIES,
  schemaStatements,
} from './cypher/schema.ts';
import { quoteIdentifier } from './identifiers.ts';

export interface SchemaOptions {
  driver: Driver;
  database?: string | undefined;
  log?: (line: string) => void;
}

const sameList = (a: unknown, b: readonly string[]): boolean =>
  Array.isArray(a) && a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Ensures every constraint and the `entity_search` index exist. An index of
 * that name built over other labels or properties (an older layout) is
 * rebuilt, because the server's search depends on exactly these fields.
 */
export async function ensureSchema({ driver, database, log }: SchemaOptions): Promise<void> {
  const existing = await driver.executeQuery(
    FULLTEXT_INDEX_PROPERTIES,
    { name: FULLTEXT_INDEX },
    { database, routing: 'READ' },
  );
  const index = existing.records[0];
  if (
    index &&
    !(
      sameList(index.get('labelsOrTypes'), ['Entity']) &&
      sameList(index.get('properties'), FULLTEXT_PROPERTIES)
    )
  ) {
    log?.(`rebuilding the ${FULLTEXT_INDEX} index over Entity(${FULLTEXT_PROPERTIES.join(', ')})`);
    await driver.executeQuery(`DROP INDEX ${quoteIdentifier(FULLTEXT_INDEX)}`, {}, { database });
  }
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  // The server searches right after `npm start` seeds, so wait until the index is online.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
