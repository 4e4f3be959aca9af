/**
 * CSV and Cypher exports loaded by their real consumers: neo4j-admin's
 * importer, LOAD CSV and the Cypher runtime of the `test` instance. Each
 * must give back exactly the graph the JSON export describes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';
import {
  download,
  dumpEntities,
  expectedDump,
  neo4jAdminImport,
  propertyCount,
  statements,
} from './helpers.ts';

let server: RunningServer;
let driver: Driver;
let graph: GraphDto;
let csv: Record<string, Uint8Array>;
let script: string;

const wipeEntities = () => driver.executeQuery('MATCH (n:Entity) DETACH DELETE n');

/** Runs each statement on its own, as cypher-shell does, and adds up what it created. */
async function run(all: string[]): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  const total = { nodesCreated: 0, relationshipsCreated: 0 };
  for (const statement of all) {
    const { summary } = await driver.executeQuery(statement);
    const updates = summary.counters.updates();
    total.nodesCreated += updates.nodesCreated;
    total.relationshipsCreated += updates.relationshipsCreated;
  }
  return total;
}

beforeAll(async () => {
  seedTestDatabase();
  server = await startTestServer();
  driver = openTestDriver();
  const overview = await fetch(`${server.url}/api/graph/overview?limit=2000`);
  const nodeIds = ((await overview.json()) as GraphDto).nodes.map((node) => node.id);
  graph = JSON.parse(
    (await download(server.url, { nodeIds, format: 'json' })).toString(),
  ) as GraphDto;
  csv = unzipSync(new Uint8Array(await download(server.url, { nodeIds, format: 'csv' })));
  script = (await download(server.url, { nodeIds, format: 'cypher' })).toString();
}, 180_000);

afterAll(async () => {
  // The tests below replace the seeded entities; leave the article graph as the seeder makes it.
  await wipeEntities();
  await driver.close();
  await server.close();
  seedTestDatabase({ reset: true });
}, 180_000);

describe('the Cypher script', () => {
  it('updates a database that already holds the entities, creating nothing', async () => {
    // beforeAll seeded the article graph.
    expect(await run(statements(script))).toStrictEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(await dumpEntities(driver)).toStrictEqual(expectedDump(graph));
  }, 120_000);

  it('recreates the graph in an empty database, and a second run changes nothing', async () => {
    await wipeEntities();
    const first = await run(statements(script));
    expect(first).toStrictEqual({
      nodesCreated: graph.nodes.length,
      relationshipsCreated: graph.edges.length,
    });
    const afterFirst = await dumpEntities(driver);
    expect(afterFirst).toStrictEqual(expectedDump(graph));
    expect(await run(statements(script))).toStrictEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(await dumpEntities(driver)).toStrictEqual(afterFirst);
  }, 120_000);
});

describe('the CSV export', () => {
  it('is what neo4j-admin database import full reads, with the README’s command', async () => {
    const readme = strFromU8(csv['README.txt'] ?? new Uint8Array());
    const command = /^neo4j-admin database import full .*$/m.exec(readme)?.[0] ?? '';
    expect(command).toContain('--nodes=nodes.csv --relationships=relationships.csv');
    const report = await neo4jAdminImport(csv, command);
    const expected = expectedDump(graph, true);
    expect(report.exitCode, report.output).toBe(0);
    expect({
      nodes: report.nodes,
      relationships: report.relationships,
      properties: report.properties,
    }).toStrictEqual({
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
      properties: propertyCount(expected),
    });
  }, 120_000);

  it('loads with the README’s LOAD CSV recipe into the same typed entities and relationships', async () => {
    const files = new Map(Object.entries(csv));
    const fileServer: Server = createServer((request, response) => {
      const body = files.get((request.url ?? '').slice(1));
      response.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((resolve) => fileServer.listen(0, '127.0.0.1', resolve));
    const { port } = fileServer.address() as AddressInfo;
    try {
      const readme = strFromU8(csv['README.txt'] ?? new Uint8Array());
      const recipe = readme.slice(
        readme.indexOf('CREATE CONSTRAINT entity_id', readme.indexOf('LOAD CSV')),
      );
      const located = recipe.replaceAll('file:///', `http://127.0.0.1:${String(port)}/`);
      await wipeEntities();
      const first = await run(statements(located));
      expect(first).toStrictEqual({
        nodesCreated: graph.nodes.length,
        relationshipsCreated: graph.edges.length,
      });
      expect(await dumpEntities(driver)).toStrictEqual(expectedDump(graph, true));
      expect(await run(statements(located))).toStrictEqual({
        nodesCreated: 0,
        relationshipsCreated: 0,
      });
    } finally {
      fileServer.close();
    }
  }, 120_000);
});
