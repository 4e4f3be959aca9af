/**
 * Shared pieces of the export round trips: downloads from the real API, a
 * comparable dump of what Neo4j holds, and the export's JSON counterpart.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphDto } from '@newsgraph/model';
import { LIB_DIR } from '../../../tools/neo4j/paths.ts';

export async function download(baseUrl: string, body: Record<string, unknown>): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200)
    throw new Error(`export ${JSON.stringify(body.format)}: ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

type Plain = string | number | boolean | Plain[];
export interface Dump {
  nodes: { id: string; labels: string[]; properties: Record<string, Plain> }[];
  relationships: {
    id: string;
    type: string;
    source: string;
    target: string;
    properties: Record<string, Plain>;
  }[];
}

/** Driver values as JSON: integers as numbers. */
function plain(value: unknown): Plain {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value as Plain;
}

const sortedProperties = (
  properties: Record<string, unknown>,
  keep: (value: unknown) => boolean = () => true,
): Record<string, Plain> =>
  Object.fromEntries(
    Object.entries(properties)
      .filter(([, value]) => value !== null && keep(value))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, plain(value)]),
  );

/** Every entity and every relationship between entities, sorted by id. */
export async function dumpEntities(driver: Driver): Promise<Dump> {
  const nodes = await driver.executeQuery(
    'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id',
  );
  const relationships = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties
     ORDER BY id`,
  );
  return {
    nodes: nodes.records.map((record) => ({
      id: record.get('id') as string,
      labels: (record.get('labels') as string[]).sort(),
      properties: sortedProperties(record.get('properties') as Record<string, unknown>),
    })),
    relationships: relationships.records.map((record) => ({
      id: record.get('id') as string,
      type: record.get('type') as string,
      source: record.get('source') as string,
      target: record.get('target') as string,
      properties: sortedProperties(record.get('properties') as Record<string, unknown>),
    })),
  };
}

const isEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length === 0;

/**
 * The JSON export in the dump's shape. CSV cannot tell an empty list from
 * no value (neo4j-admin and LOAD CSV both read an empty cell as absent), so
 * `withoutEmptyLists` leaves those out for the CSV comparisons.
 */
export function expectedDump(graph: GraphDto, withoutEmptyLists = false): Dump {
  const keep = (value: unknown): boolean => !withoutEmptyLists || !isEmptyList(value);
  const byId = <T extends { id: string }>(items: T[]): T[] =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodes: byId(
      graph.nodes.map((node) => ({
        id: node.id,
        labels: [...node.labels].sort(),
        properties: sortedProperties(node.properties, keep),
      })),
    ),
    relationships: byId(
      graph.edges.map((edge) => ({
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        properties: sortedProperties(edge.properties, keep),
      })),
    ),
  };
}

/** Property count of a dump, the figure neo4j-admin's import report gives. */
export const propertyCount = (dump: Dump): number =>
  [...dump.nodes, ...dump.relationships].reduce(
    (sum, item) => sum + Object.keys(item.properties).length,
    0,
  );

/** Cypher statements of a script or recipe: each ends with `;` at the end of a line. */
export const statements = (script: string): string[] =>
  script
    .split(/;\s*\n/)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);

export interface AdminImportReport {
  exitCode: number;
  output: string;
  nodes: number | null;
  relationships: number | null;
  properties: number | null;
}

/**
 * Runs `neo4j-admin database import full` from the launcher's jars with the
 * exact arguments README.txt gives, into a scratch Neo4j home.
 */
export async function neo4jAdminImport(
  files: Record<string, Uint8Array>,
  commandLine: string,
): Promise<AdminImportReport> {
  const home = mkdtempSync(path.join(tmpdir(), 'newsgraph-import-'));
  mkdirSync(path.join(home, 'conf'));
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '');
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(home, name), bytes);
  const args = (commandLine.match(/--[a-z-]+=("[^"]*"|\S+)/g) ?? []).map((arg) =>
    arg.replace(/="(.*)"$/, '=$1'),
  );
  const child = spawn(
    'java',
    [
      '-Xmx512m',
      '-cp',
      path.join(LIB_DIR, '*'),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      ...args,
      '--overwrite-destination=true',
      'neo4j',
    ],
    {
      cwd: home,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf'), JAVA_OPTS: '' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? 1)),
  );
  const figure = (noun: string): number | null => {
    const match = new RegExp(`(\\d+) ${noun}\\b`).exec(output.split('IMPORT DONE')[1] ?? '');
    return match?.[1] === undefined ? null : Number(match[1]);
  };
  return {
    exitCode,
    output,
    nodes: figure('nodes'),
    relationships: figure('relationships'),
    properties: figure('properties'),
  };
}
