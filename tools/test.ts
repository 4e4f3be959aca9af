/**
 * `npm test`: starts the `test` Neo4j instance if it is not running, runs
 * every Vitest project (unit, integration, browser end-to-end), stops what it
 * started, and exits with Vitest's status. `--resilience` runs the slow suites.
 * Extra arguments go to Vitest (e.g. `npm test -- --project server`).
 */
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.ts';
import { startInstance, stopInstance } from './neo4j/launcher.ts';

const log = (line: string): void => console.log(`[test] ${line}`);
const args = process.argv.slice(2);
const resilience = args.includes('--resilience');
const vitestArgs = args.filter((arg) => arg !== '--resilience');

async function main(): Promise<number> {
  ensureChromium(log);
  const neo4j = await startInstance('test', { log });
  const env = {
    ...process.env,
    NEO4J_TEST_URI: neo4j.uri,
    NEO4J_TEST_USER: neo4j.user,
    NEO4J_TEST_PASSWORD: neo4j.password,
    ...(resilience ? { NEWSGRAPH_RESILIENCE: '1' } : {}),
  };
  const config = resilience ? 'tests/vitest.resilience.config.ts' : 'vitest.config.ts';
  try {
    return await new Promise<number>((resolve, reject) => {
      const vitest = spawn('npx', ['vitest', 'run', '--config', config, ...vitestArgs], {
        stdio: 'inherit',
        env,
      });
      vitest.on('error', reject);
      vitest.on('close', (code) => resolve(code ?? 1));
    });
  } finally {
    if (neo4j.startedNow) await stopInstance('test', { log });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
