import { startInstance, stopInstance } from '../../tools/neo4j/launcher.ts';

/**
 * Makes `vitest run --project integration` work on its own too: starts the
 * `test` instance when nothing handed one over, and stops it afterwards.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_TEST_URI) return () => Promise.resolve();
  const instance = await startInstance('test', {
    log: (line) => console.log(`[globalSetup] ${line}`),
  });
  process.env.NEO4J_TEST_URI = instance.uri;
  process.env.NEO4J_TEST_USER = instance.user;
  process.env.NEO4J_TEST_PASSWORD = instance.password;
  return async () => {
    if (instance.startedNow) await stopInstance('test');
  };
}
