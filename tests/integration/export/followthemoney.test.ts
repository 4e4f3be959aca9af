/**
 * The FollowTheMoney export read with FtM's own JavaScript model
 * (@alephdata/followthemoney 3.8.4): every line's schema and properties
 * exist, every entity reference resolves to an entity of the schema the
 * property wants, and every relationship keeps its evidence quotes.
 */
import { defaultModel, Model } from '@alephdata/followthemoney';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDto } from '../../../server/src/contract.ts';
import type { RunningServer } from '../../../server/src/index.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';
import { download } from './helpers.ts';

interface Line {
  id: string;
  schema: string;
  properties: Record<string, unknown>;
}

const model = new Model(defaultModel);
let server: RunningServer;
let graph: GraphDto;
let lines: Line[];

beforeAll(async () => {
  seedTestDatabase();
  server = await startTestServer();
  const overview = await fetch(`${server.url}/api/graph/overview?limit=2000`);
  const nodeIds = ((await overview.json()) as GraphDto).nodes.map((node) => node.id);
  graph = JSON.parse(
    (await download(server.url, { nodeIds, format: 'json' })).toString('utf8'),
  ) as GraphDto;
  const text = (await download(server.url, { nodeIds, format: 'ftm' })).toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  lines = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}, 120_000);

afterAll(async () => {
  await server.close();
});

describe('FollowTheMoney export', () => {
  it('validates every line against the FtM model, with every reference resolved', () => {
    const byId = new Map(lines.map((line) => [line.id, line]));
    expect(byId.size).toBe(lines.length);
    const problems: string[] = [];
    for (const line of lines) {
      expect(Object.keys(line).sort()).toStrictEqual(['id', 'properties', 'schema']);
      const schema = model.getSchemata().find((s) => s.name === line.schema);
      if (!schema || schema.abstract) {
        problems.push(`${line.id}: no concrete schema ${line.schema}`);
        continue;
      }
      // The model's own reader accepts the line as it is.
      expect(model.getEntity(line as never).schema.name).toBe(line.schema);
      for (const [name, values] of Object.entries(line.properties)) {
        if (!schema.hasProperty(name)) {
          problems.push(`${line.id}: ${line.schema} has no property ${name}`);
          continue;
        }
        const property = schema.getProperty(name);
        if (
          !Array.isArray(values) ||
          values.length === 0 ||
          values.some((v) => typeof v !== 'string' || v === '')
        )
          problems.push(`${line.id}.${name}: not a list of strings`);
        if (
          property.type.name === 'date' &&
          !(values as string[]).every((v) => /^\d{4}(-\d{2}){0,2}$/.test(v))
        )
          problems.push(`${line.id}.${name}: not a date`);
        if (property.type.name !== 'entity') continue;
        for (const ref of values as string[]) {
          const target = byId.get(ref);
          if (!target) problems.push(`${line.id}.${name}: ${ref} does not resolve`);
          else if (!model.getSchema(target.schema).isA(property.getRange()))
            problems.push(
              `${line.id}.${name}: ${ref} is a ${target.schema}, not a ${property.getRange().name}`,
            );
        }
      }
    }
    expect(problems).toStrictEqual([]);
  });

  it('has one line per entity and per relationship, the article as a document, and the quotes kept', () => {
    const links = lines.filter(
      (line) => line.schema === 'Ownership' || line.schema === 'UnknownLink',
    );
    expect(links.map((l) => l.id).sort()).toStrictEqual(graph.edges.map((e) => e.id).sort());
    const entities = lines.filter((line) => !links.includes(line));
    expect(entities.length).toBeGreaterThanOrEqual(graph.nodes.length);
    for (const id of graph.nodes.map((n) => n.id))
      expect(entities.some((e) => e.id === id)).toBe(true);
    const ownership = lines.find((line) => line.id === 'bytedance-owns-tiktok');
    expect(ownership?.schema).toBe('Ownership');
    expect([ownership?.properties.owner, ownership?.properties.asset]).toStrictEqual([
      ['bytedance'],
      ['tiktok'],
    ]);
    const quotes = Object.fromEntries(links.map((l) => [l.id, l.properties.summary]));
    expect(quotes).toStrictEqual(
      Object.fromEntries(graph.edges.map((e) => [e.id, e.properties.evidenceQuotes])),
    );
    const articles = lines.filter((line) => model.getSchema(line.schema).isA('Document'));
    expect(articles.map((a) => a.schema)).toStrictEqual(['Article']);
    expect(articles[0]?.properties.publishedAt).toStrictEqual(['2023-03-24']);
  });
});
