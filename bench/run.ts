/**
 * `npm run bench [-- --size small|full] [--parts load,api,client] [--seconds N]`
 *
 * Runs against its own Neo4j instance (`bench`), so dev and test data stay
 * untouched. Writes bench/results/<date>-<size>.json. Benchmarks never decide
 * whether CI passes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { INSTANCES } from '../tools/neo4j/instances.ts';
import { startInstance } from '../tools/neo4j/launcher.ts';
import { ENDPOINT_CASES, apiLoad, rawLoad } from './apiBench.ts';
import { PRESETS } from './generator.ts';
import { loadSyntheticGraph, seedArticleGraph } from './load.ts';
import { describeMachine } from './machine.ts';
import { runClientBench } from './clientBench.ts';
import { startBenchServer } from './server.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    parts: { type: 'string', default: 'load,api,client' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'skip-load': { type: 'boolean', default: false },
  },
});

const size = values.size === 'full' ? 'full' : 'small';
const parts = new Set(values.parts.split(','));
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const log = (line: string): void => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const spec = INSTANCES.bench;
  if (!spec) throw new Error('No bench instance.');
  const instance = await startInstance('bench', { log });
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(instance.user, instance.password));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    size,
    machine: describeMachine(),
    preset: PRESETS[size],
  };
  try {
    if (parts.has('load') && !values['skip-load']) {
      results.load = await loadSyntheticGraph(driver, PRESETS[size], log);
      await seedArticleGraph(instance, log);
    }
    if (parts.has('api')) {
      const server = await startBenchServer(instance);
      const types = (
        await driver.executeQuery(
          'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t',
        )
      ).records[0]?.get('t') as string[];
      const api: Record<string, unknown>[] = [];
      try {
        for (const endpoint of ENDPOINT_CASES) {
          log(`API vs raw: ${endpoint.name} (${connections} connections, ${seconds} s each)`);
          await rawLoad(driver, types, endpoint, connections, 2); // warm both caches
          await apiLoad(server.url, endpoint.request, connections, 2);
          const raw = await rawLoad(driver, types, endpoint, connections, seconds);
          const viaApi = await apiLoad(server.url, endpoint.request, connections, seconds);
          const row = {
            endpoint: endpoint.name,
            api: viaApi,
            raw,
            p50Ratio: Math.round((viaApi.p50ms / raw.p50ms) * 100) / 100,
            throughputRatio: Math.round((viaApi.perSecond / raw.perSecond) * 100) / 100,
          };
          log(
            `  api p50 ${viaApi.p50ms} ms, ${viaApi.perSecond}/s · raw p50 ${raw.p50ms} ms, ${raw.perSecond}/s · ratios p50 ${row.p50Ratio}, throughput ${row.throughputRatio}`,
          );
          api.push(row);
        }
      } finally {
        await server.stop();
      }
      results.api = api;
    }
    if (parts.has('client')) results.client = await runClientBench(log);
  } finally {
    await driver.close();
  }
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${new Date().toISOString().slice(0, 16).replace(':', '')}-${size}.json`,
  );
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
