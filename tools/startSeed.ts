/**
 * The seeding step of `npm start`, in the start script's own process: a
 * separate `npx tsx seed/src/cli.ts` cost a fresh Node, npx and tsx start
 * (several seconds on two busy cores) even when nothing had changed. The
 * seeder skips every article whose content hash Neo4j already records, so an
 * unchanged start pays one validation and one small read.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { connectionFromEnvironment } from '../seed/src/config.ts';
import { findArticleFolders, loadArticles, seedArticles } from '../seed/src/index.ts';
import { REPO_ROOT } from './neo4j/paths.ts';

const ARTICLES_DIR = path.join(REPO_ROOT, 'seed', 'articles');

type LoadedArticles = Awaited<ReturnType<typeof loadArticles>>;

/**
 * Reads and validates the article folders. It needs no database, so
 * `npm start` runs it while Neo4j starts; a broken folder then stops the
 * start before anything is written.
 */
export async function loadArticleFolders(): Promise<LoadedArticles> {
  return loadArticles(await findArticleFolders([ARTICLES_DIR]));
}

export async function seedArticleFolders(
  loaded: LoadedArticles,
  log: (line: string) => void,
): Promise<void> {
  const started = performance.now();
  if (loaded.length === 0) {
    log(`No article folders in ${ARTICLES_DIR}; nothing to seed.`);
    return;
  }
  const connection = connectionFromEnvironment();
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
  );
  try {
    const result = await seedArticles({
      driver,
      database: connection.database,
      articles: loaded.map((item) => item.article),
      files: loaded.map((item) => item.files),
      log,
    });
    log(
      `${result.articles.length} article(s) written, ${result.unchanged.length} unchanged, ${result.skipped.length} skipped (edited in the app), in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await driver.close();
  }
}
