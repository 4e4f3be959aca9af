/**
 * Shared pieces of the seed integration tests: the article folders, a
 * comparable dump of what the seeder wrote, and a way to run the CLI.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadArticles, removeArticles, type SeedArticle } from '../../../seed/src/index.ts';
import { testNeo4j } from '../../support/neo4jEnv.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const MAIN_ID = 'afp-2023-03-24-china-tiktok-data';
export const MAIN_FOLDER = path.join(REPO_ROOT, 'seed', 'articles', MAIN_ID);
export const FIXTURE_ID = 'fixture-2024-01-10-tiktok-second-story';
export const FIXTURE_FOLDER = path.join(import.meta.dirname, 'fixtures', FIXTURE_ID);

/** Driver values made comparable: integers as numbers, temporals as ISO strings. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, plain(value)]),
  );
}

export interface SeedDump {
  entities: { labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
  articles: Record<string, unknown>[];
  sentences: Record<string, unknown>[];
}

/** Everything the seeder wrote for these articles, sorted, for whole-value comparisons. */
export async function dumpSeedData(driver: Driver, articleIds: string[]): Promise<SeedDump> {
  const entities = await driver.executeQuery(
    `MATCH (n:Entity) WHERE any(a IN n.articleIds WHERE a IN $ids)
     RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    { ids: articleIds },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE any(x IN r.articleIds WHERE x IN $ids)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties ORDER BY r.id`,
    { ids: articleIds },
  );
  const articles = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids RETURN properties(a) AS properties ORDER BY a.id',
    { ids: articleIds },
  );
  const sentences = await driver.executeQuery(
    `MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence) WHERE a.id IN $ids
     RETURN properties(s) AS properties ORDER BY s.articleId, s.index`,
    { ids: articleIds },
  );
  const props = (record: { get(key: string): unknown }) =>
    plainProperties(record.get('properties') as Record<string, unknown>);
  return {
    entities: entities.records.map((record) => ({
      labels: (record.get('labels') as string[]).slice().sort(),
      properties: props(record),
    })),
    relationships: relationships.records.map((record) => ({
      type: record.get('type') as string,
      from: record.get('from') as string,
      to: record.get('to') as string,
      properties: props(record),
    })),
    articles: articles.records.map(props),
    sentences: sentences.records.map(props),
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A test that spawns the seed CLI pays for a fresh Node and tsx start, which
 * took over 30 s on the 2-core machine while other suites ran beside it.
 */
export const CLI_TEST_TIMEOUT_MS = 120_000;

/** Runs `npm run seed`'s script against the test instance. */
export function runSeedCli(args: string[]): Promise<CliRun> {
  const { uri, user, password } = testNeo4j();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/src/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Takes the AFP article out of the test instance and reads it from its folder, to be seeded afresh. */
export async function freshMainArticle(driver: Driver): Promise<SeedArticle> {
  await removeArticles({ driver, articleIds: [MAIN_ID] });
  const [loaded] = await loadArticles([MAIN_FOLDER]);
  if (!loaded) throw new Error('the AFP article did not load');
  return loaded.article;
}
