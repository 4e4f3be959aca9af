import { spawnSync } from 'node:child_process';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { seedArticles } from '../seed/src/index.ts';
import type { SeedArticle } from '../seed/src/model.ts';
import type { RunningInstance } from '../tools/neo4j/launcher.ts';
import { generateArticles, prng, type GeneratorOptions } from './generator.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const ARTICLES_PER_CALL = 10;

export interface LoadFigures {
  articles: number;
  entities: number;
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
  /** Neo4j's own floor on this machine: see measureBareCreate. */
  bareCreate: BareCreateFigures;
  /** Seeding path over the floor; 1 would mean the seeder adds nothing. */
  ratioToBareCreate: number;
}

export interface BareCreateFigures {
  relationships: number;
  perTransaction: number;
  relationshipsPerSecond: number;
}

/**
 * Loads the synthetic graph through the seeder's own code path
 * (seedArticles: validation, batched UNWIND MERGE, one transaction per
 * article), and reports the throughput.
 */
export async function loadSyntheticGraph(
  driver: Driver,
  options: GeneratorOptions,
  log: (line: string) => void,
): Promise<LoadFigures> {
  let pending: SeedArticle[] = [];
  const entityIds = new Set<string>();
  let relationships = 0;
  let articles = 0;
  let seedMs = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const started = performance.now();
    await seedArticles({ driver, articles: pending });
    seedMs += performance.now() - started;
    pending = [];
    log(
      `  loaded ${articles} articles, ${relationships} relationships (${Math.round(relationships / (seedMs / 1000))}/s so far)`,
    );
  };
  for (const article of generateArticles(options)) {
    pending.push(article);
    articles += 1;
    relationships += article.relationships.length;
    for (const entity of article.entities) entityIds.add(entity.id);
    if (pending.length === ARTICLES_PER_CALL) await flush();
  }
  await flush();
  const seconds = seedMs / 1000;
  const relationshipsPerSecond = Math.round(relationships / seconds);
  log('measuring the floor: bare CREATE of the same relationship shape');
  const bareCreate = await measureBareCreate(driver, [...entityIds]);
  return {
    articles,
    entities: entityIds.size,
    relationships,
    seconds: Math.round(seconds * 10) / 10,
    relationshipsPerSecond,
    bareCreate,
    ratioToBareCreate:
      Math.round((relationshipsPerSecond / bareCreate.relationshipsPerSecond) * 100) / 100,
  };
}

const FLOOR_TYPE = 'BENCH_FLOOR';
const FLOOR_TRANSACTIONS = 10;
const FLOOR_PER_TRANSACTION = 5000;

/**
 * What Neo4j itself manages on this machine, as the floor for the seeding
 * path: relationships with the same evidence properties, created with one
 * bare CREATE statement per transaction of 5 000 between existing entities,
 * with no entity, sentence or article writes and no validation. They use a
 * throwaway type outside the vocabulary and are deleted afterwards.
 */
async function measureBareCreate(driver: Driver, entityIds: string[]): Promise<BareCreateFigures> {
  const random = prng(7);
  const pick = (): string => entityIds[Math.floor(random() * entityIds.length)] ?? '';
  let milliseconds = 0;
  for (let t = 0; t < FLOOR_TRANSACTIONS; t += 1) {
    const rows = Array.from({ length: FLOOR_PER_TRANSACTION }, (_, i) => {
      const [from, to] = [pick(), pick()];
      const quote = `${from} floor ${to} (${t}.${i})`;
      return { id: `floor-${t}-${i}`, from, to, quote, start: neo4j.int(i), end: neo4j.int(i + 1) };
    });
    const started = performance.now();
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
       CREATE (a)-[r:${FLOOR_TYPE} {id: row.id}]->(b)
       SET r.attribution = 'narrated', r.articleIds = [$articleId],
           r.evidenceArticleIds = [$articleId], r.evidenceQuotes = [row.quote],
           r.evidenceStarts = [row.start], r.evidenceEnds = [row.end],
           r.evidenceSentenceIndexes = [row.start]`,
      { rows, articleId: 'bench-floor' },
    );
    milliseconds += performance.now() - started;
  }
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run(
      `MATCH ()-[r:${FLOOR_TYPE}]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
  const relationships = FLOOR_TRANSACTIONS * FLOOR_PER_TRANSACTION;
  return {
    relationships,
    perTransaction: FLOOR_PER_TRANSACTION,
    relationshipsPerSecond: Math.round(relationships / (milliseconds / 1000)),
  };
}

/** The article graph too, so the API benchmark can compare article-sized queries on the big database. */
export function seedArticleGraph(
  instance: RunningInstance,
  log: (line: string) => void,
): Promise<void> {
  log('seeding the article graph into the bench database');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'seed/src/cli.ts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_URI: instance.uri,
      NEO4J_USER: instance.user,
      NEO4J_PASSWORD: instance.password,
    },
  });
  if (result.status !== 0)
    return Promise.reject(new Error(`Seeding failed:\n${result.stderr}${result.stdout}`));
  return Promise.resolve();
}
