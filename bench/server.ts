import { spawn } from 'node:child_process';
import path from 'node:path';
import type { RunningInstance } from '../tools/neo4j/launcher.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
// Shifted like the bench Neo4j's ports, so checkouts side by side do not collide.
const PORT = 3099 + Number(process.env.NEWSGRAPH_TEST_PORT_OFFSET ?? '0');

/** The real server, as its own process, against the bench instance; rate limits lifted for load. */
export async function startBenchServer(
  instance: RunningInstance,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEO4J_URI: instance.uri,
      NEO4J_USER: instance.user,
      NEO4J_PASSWORD: instance.password,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_CYPHER_PER_MINUTE: '100000000',
      // The client benchmark draws payloads of up to 10 000 elements from one
      // Cypher result; on the full graph the payload query sorts by id.
      CYPHER_ROW_LIMIT: '20000',
      CYPHER_TIMEOUT_MS: '60000',
      // One client (autocannon) drives 16 connections: the default admission
      // policy (2 slots, 1 per client) would answer most saved-query runs 429,
      // which measures the policy instead of what a run costs.
      CYPHER_MAX_CONCURRENT: '16',
      CYPHER_MAX_PER_CLIENT: '16',
    },
  });
  const url = `http://127.0.0.1:${PORT}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (attempt > 150) throw new Error('The bench server did not start.');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
