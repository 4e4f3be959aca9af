import { INSTANCES } from '../../tools/neo4j/instances.ts';

/** Credentials of the `test` instance, as handed over by `npm test` (tools/test.ts) or the global setup. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
}

export function testNeo4j(): TestNeo4j {
  const spec = INSTANCES.test;
  if (!spec) throw new Error('The launcher defines no "test" instance.');
  return {
    uri: process.env.NEO4J_TEST_URI ?? `bolt://127.0.0.1:${spec.boltPort}`,
    user: process.env.NEO4J_TEST_USER ?? spec.user,
    password: process.env.NEO4J_TEST_PASSWORD ?? spec.password,
  };
}
