import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { testNeo4j } from './neo4jEnv.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Seeds the article graph into the `test` instance through the real seeder
 * CLI (`npm run seed`), exactly as `npm start` does for `dev`. Idempotent.
 * `reset` first deletes what the seeder owns, for tests that changed it.
 */
export function seedTestDatabase({ reset = false }: { reset?: boolean } = {}): void {
  const neo4j = testNeo4j();
  const result = spawnSync(
    process.execPath,
    // --force with --reset: the test database is the tests' own, so an
    // article edited through the API by an earlier file is not a user's work
    // to protect. (reseed.test.ts checks that files clean up after themselves.)
    ['--import', 'tsx', 'seed/src/cli.ts', ...(reset ? ['--reset', '--force'] : [])],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `Seeding the test database failed (exit ${result.status ?? 'signal'}):\n${result.stderr}${result.stdout}`,
    );
  }
}
