import { startServer, type RunningServer } from '../../server/src/index.ts';
import { testNeo4j } from './neo4jEnv.ts';

/** A real server on a free port, wired to the `test` Neo4j instance. */
export async function startTestServer(
  overrides: Parameters<typeof startServer>[0] = {},
): Promise<RunningServer> {
  const neo4j = testNeo4j();
  return startServer({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined },
    ...overrides,
  });
}
