/**
 * `--reset` on a graph with well-connected entities. It deleted 5 000
 * entities per transaction with their relationships; with a hub and long
 * quotes, one such transaction went over Neo4j's per-transaction memory
 * limit, and the benchmark's reset of its small preset (10 000 entities,
 * 100 000 relationships) stopped with "The memory pool limit was exceeded".
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetSeedData } from '../../../seed/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';

const LEAVES = 200;
const RELATIONSHIPS = 60_000;
// About the length of a long evidence sentence, three per relationship: roughly 1 KB each.
const QUOTE = 'x'.repeat(300);

/** This file's probe entities, gone even when a failed reset left them (in batches: they are many). */
async function removeProbes(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(
      "MATCH (n:Entity)-[r]-() WHERE n.id STARTS WITH 'reset-big-' CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS",
    );
    await session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'reset-big-' DELETE n");
  } finally {
    await session.close();
  }
}

describe('--reset on a well-connected graph', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = openTestDriver();
    await removeProbes(driver);
  });

  afterAll(async () => {
    await removeProbes(driver);
    await driver.close();
  });

  it('deletes a hub with 60 000 relationships within the test instance’s 64 MB per transaction', async () => {
    await driver.executeQuery(
      "UNWIND range(0, $leaves) AS i CREATE (:Entity {id: 'reset-big-' + i, name: 'Reset probe ' + i})",
      { leaves: LEAVES },
    );
    for (let start = 0; start < RELATIONSHIPS; start += 10_000) {
      await driver.executeQuery(
        `MATCH (hub:Entity {id: 'reset-big-0'})
         UNWIND range($start, $start + 9999) AS i
         MATCH (leaf:Entity {id: 'reset-big-' + (1 + i % toInteger($leaves))})
         CREATE (hub)-[:OWNS {id: 'reset-big-r' + i, evidenceQuotes: [$quote, $quote, $quote]}]->(leaf)`,
        { start, leaves: LEAVES, quote: QUOTE },
      );
    }
    const created = await driver.executeQuery(
      "MATCH (:Entity {id: 'reset-big-0'})-[r]->() RETURN count(r) AS n",
    );
    expect(Number(created.records[0]?.get('n'))).toBe(RELATIONSHIPS);
    const deleted = await resetSeedData({ driver });
    expect(deleted.relationshipsDeleted).toBeGreaterThanOrEqual(RELATIONSHIPS);
    const left = await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'reset-big-' RETURN count(n) AS n",
    );
    expect(Number(left.records[0]?.get('n'))).toBe(0);
  });
});
