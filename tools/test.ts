/**
 * `npm test`: starts the `test` Neo4j instance if it is not running, runs
 * every Vitest project (unit, integration, browser end-to-end), stops what it
 * started, and exits with Vitest's status. `--resilience` runs the slow suites.
 * Extra arguments go to Vitest (e.g. `npm test -- --project server`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium.ts';
import { ensureDebianCommand } from './debianPackages.ts';
import { startInstance, stopInstance } from './neo4j/launcher.ts';
import { REPO_ROOT } from './neo4j/paths.ts';

const RESULTS_FILE = path.join(REPO_ROOT, 'test-artifacts', 'vitest-results.json');

const log = (line: string): void => console.log(`[test] ${line}`);
const args = process.argv.slice(2);
const resilience = args.includes('--resilience');
const vitestArgs = args.filter((arg) => arg !== '--resilience');

function shuffleSeed(): number {
  const given = process.env.NEWSGRAPH_TEST_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 1_000_000) + 1;
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed <= 0)
    throw new Error(`NEWSGRAPH_TEST_SEED must be a positive whole number; got "${given}".`);
  return seed;
}

async function main(): Promise<number> {
  rmSync(RESULTS_FILE, { force: true });
  ensureChromium(log);
  ensureDebianCommand('rsvg-convert', 'librsvg2-bin', 'the SVG export test renders with it', log);
  ensureDebianCommand('pdfinfo', 'poppler-utils', 'the PDF export test reads with it', log);
  if (resilience)
    ensureDebianCommand(
      'nginx',
      'nginx-light',
      'the replicas test runs three servers behind it',
      log,
    );
  const neo4j = await startInstance('test', { log });
  const env = {
    ...process.env,
    NEO4J_TEST_URI: neo4j.uri,
    NEO4J_TEST_USER: neo4j.user,
    NEO4J_TEST_PASSWORD: neo4j.password,
    ...(resilience ? { NEWSGRAPH_RESILIENCE: '1' } : {}),
  };
  const config = resilience ? 'tests/vitest.resilience.config.ts' : 'vitest.config.ts';
  const seed = shuffleSeed();
  log(`shuffle seed ${String(seed)} (repeat this order with NEWSGRAPH_TEST_SEED=${String(seed)})`);
  const shuffle = [
    '--sequence.shuffle.files',
    '--sequence.shuffle.tests',
    `--sequence.seed=${String(seed)}`,
  ];
  try {
    return await new Promise<number>((resolve, reject) => {
      const reporters = [
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${RESULTS_FILE}`,
      ];
      const vitest = spawn(
        'npx',
        ['vitest', 'run', '--config', config, ...shuffle, ...reporters, ...vitestArgs],
        {
          stdio: 'inherit',
          env,
        },
      );
      vitest.on('error', reject);
      vitest.on('close', (code) => resolve(code ?? 1));
    });
  } finally {
    if (neo4j.startedNow) await stopInstance('test', { log });
  }
}

/** One plain closing line that any CI can read: "N passed, N failed, N skipped". */
function printTotals(): void {
  if (!existsSync(RESULTS_FILE)) return;
  const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(
    `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
  );
}

main().then(
  (code) => {
    printTotals();
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
