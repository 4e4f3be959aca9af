import neo4j, { type Driver } from 'neo4j-driver';
import { testNeo4j } from './neo4jEnv.ts';

/** A driver on the `test` instance; each test file closes its own in afterAll. */
export function openTestDriver(): Driver {
  const { uri, user, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    logging: { level: 'error', logger: () => undefined },
  });
}
