import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { seedArticles } from '../seed/src/index.ts';
import type { SeedArticle } from '../seed/src/model.ts';
import type { RunningInstance } from '../tools/neo4j/launcher.ts';
import { generateArticles, type GeneratorOptions } from './generator.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const ARTICLES_PER_CALL = 10;

export interface LoadFigures {
  articles: number;
  entities: number;
  relationships: number;
  seconds: number;
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
  return {
    articles,
    entities: entityIds.size,
    relationships,
    seconds: Math.round(seconds * 10) / 10,
    relationshipsPerSecond: Math.round(relationships / seconds),
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
