/**
 * A uniqueness constraint's creation builds its index first; when Neo4j stops
 * in between, the index stays behind with no constraint, and
 * `CREATE CONSTRAINT … IF NOT EXISTS` fails on its name on every later start.
 * A dev instance was left like this (`saved_query_id`, POPULATING for good),
 * and the app then ran with no saved queries at all. These tests recreate
 * that leftover and check that the server and the seeder repair it.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedQueryDto } from '@newsgraph/model';
import { ensureSchema } from '../../../seed/src/index.ts';
import { STARTER_QUERIES } from '../../../server/src/services/starterQueries.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';

/** What SHOW CONSTRAINTS says about one constraint, or nothing. */
async function constraintNamed(driver: Driver, name: string) {
  const result = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = $name RETURN type, labelsOrTypes, properties',
    { name },
  );
  return result.records.map((record) => record.toObject());
}

/** Replaces the named constraint by a bare range index of the same name and schema. */
async function leaveOrphanIndex(driver: Driver, name: string, pattern: string, property: string) {
  await driver.executeQuery(`DROP CONSTRAINT ${name} IF EXISTS`);
  await driver.executeQuery(`CREATE RANGE INDEX ${name} FOR ${pattern} ON (${property})`);
  expect(await constraintNamed(driver, name)).toStrictEqual([]);
}

describe('repairing an index left by an interrupted constraint creation', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = openTestDriver();
  });

  afterAll(async () => {
    // Whatever happened above, leave the schema whole for the other files.
    for (const name of ['saved_query_id', 'fears_id']) {
      if ((await constraintNamed(driver, name)).length === 0)
        await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`);
    }
    await ensureSchema({ driver });
    const server = await startTestServer();
    await server.prepared;
    await server.close();
    await driver.close();
  });

  it('lets the server create the saved-query constraint and its starter library', async () => {
    await leaveOrphanIndex(driver, 'saved_query_id', '(n:SavedQuery)', 'n.id');
    await driver.executeQuery('MATCH (q:SavedQuery) DETACH DELETE q');
    const server = await startTestServer();
    try {
      // Before the repair, this retried for ever: bound the wait well above a cold start's.
      await Promise.race([
        server.prepared,
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error('the saved-query store was not ready in 45 s')),
            45_000,
          ),
        ),
      ]);
      expect(await constraintNamed(driver, 'saved_query_id')).toStrictEqual([
        { type: 'UNIQUENESS', labelsOrTypes: ['SavedQuery'], properties: ['id'] },
      ]);
      const { status, body } = await requestJson<SavedQueryDto[]>(`${server.url}/api/queries`);
      expect(status).toBe(200);
      expect(body.map((query) => query.id).sort()).toStrictEqual(
        STARTER_QUERIES.map((query) => query.id).sort(),
      );
    } finally {
      await server.close();
    }
  });

  it('lets the seeder create a relationship constraint over the same name', async () => {
    await leaveOrphanIndex(driver, 'fears_id', '()-[r:FEARS]-()', 'r.id');
    const logged: string[] = [];
    await ensureSchema({ driver, log: (line) => logged.push(line) });
    expect(await constraintNamed(driver, 'fears_id')).toStrictEqual([
      { type: 'RELATIONSHIP_UNIQUENESS', labelsOrTypes: ['FEARS'], properties: ['id'] },
    ]);
    expect(logged).toStrictEqual([
      'dropping the index fears_id, left without its constraint by an interrupted creation',
    ]);
  });
});
