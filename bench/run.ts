/**
 * `npm run bench [-- --size small|full] [--parts load,api,client] [--seconds N] [--repeats N]`
 *
 * Runs against its own Neo4j instance (`bench`), so dev and test data stay
 * untouched. Writes bench/results/<date>-<size>.json and prints the targets.
 * Benchmarks never decide whether CI passes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { resetSeedData } from '../seed/src/index.ts';
import { startInstance, type RunningInstance } from '../tools/neo4j/launcher.ts';
import { articleOnlySearch, runApiBench } from './apiRun.ts';
import { runClientBench } from './clientBench.ts';
import { firstVisitOnce, type FirstVisitResult } from './clientFirstVisit.ts';
import { PRESETS } from './generator.ts';
import { loadSyntheticGraph, seedArticleGraph } from './load.ts';
import { describeMachine } from './machine.ts';
import { startBenchServer } from './server.ts';
import { judgeTargets, printTargets } from './targets.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    parts: { type: 'string', default: 'load,api,client' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    repeats: { type: 'string', default: '5' },
  },
});

const size = values.size === 'full' ? 'full' : 'small';
const parts = new Set(values.parts.split(','));
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const repeats = Number(values.repeats);
const log = (line: string): void => console.log(`[bench] ${line}`);

/**
 * Empties the bench database, seeds the article, measures search on the
 * article alone (the baseline for search on the big graph) and the first
 * visit of the app's own start view, then loads the synthetic graph through
 * the seeder.
 */
async function loadPart(driver: Driver, instance: RunningInstance) {
  await resetSeedData({ driver, log: () => undefined });
  await seedArticleGraph(instance, log);
  log('search on the article graph alone (baseline)');
  const server = await startBenchServer(instance);
  let baseline: Record<string, unknown>;
  let articleFirstVisit: FirstVisitResult;
  try {
    baseline = await articleOnlySearch(driver, server.url, Math.min(seconds, 5));
    log('first visit on the article graph alone (the app as `npm start` serves it)');
    articleFirstVisit = await firstVisitOnce(server.url, repeats, log);
  } finally {
    await server.stop();
  }
  const load = await loadSyntheticGraph(driver, PRESETS[size], log);
  log(
    `load: ${load.relationshipsPerSecond} relationships/s through seedArticles; bare CREATE ${load.bareCreate.relationshipsPerSecond}/s`,
  );
  return { load, articleOnlySearch: baseline, articleFirstVisit };
}

async function main(): Promise<void> {
  const instance = await startInstance('bench', { log });
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(instance.user, instance.password));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    size,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: describeMachine(),
    preset: PRESETS[size],
  };
  try {
    if (parts.has('load')) Object.assign(results, await loadPart(driver, instance));
    if (parts.has('api') || parts.has('client')) {
      const server = await startBenchServer(instance);
      try {
        if (parts.has('api')) {
          results.api = await runApiBench({
            driver,
            serverUrl: server.url,
            pids: { neo4j: instance.pid, server: server.pid },
            connections,
            seconds,
            log,
          });
        }
        if (parts.has('client'))
          results.client = await runClientBench({ serverUrl: server.url, log, repeats });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await driver.close();
  }
  results.targets = judgeTargets(results);
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const file = path.join(dir, `${stamp}-${size}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printTargets(results.targets, log);
  log(`results written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
