import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  findArticleFolders,
  loadArticles,
  resetSeedData,
  SeedConflictError,
  seedArticles,
} from '../../../seed/src/index.ts';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'seed', 'articles');

/**
 * Puts the real article graph into the `test` instance with the seed
 * package, exactly as `npm start` does. Seeding is idempotent; only when a
 * stale graph conflicts with it (an entity id with another type) is the
 * seeder's own data reset first.
 */
export async function seedArticleGraph(driver: Driver): Promise<void> {
  const loaded = await loadArticles(await findArticleFolders([ARTICLES_DIR]));
  const options = {
    driver,
    articles: loaded.map((item) => item.article),
    files: loaded.map((item) => item.files),
  };
  try {
    await seedArticles(options);
  } catch (error) {
    if (!(error instanceof SeedConflictError)) throw error;
    await resetSeedData({ driver });
    await seedArticles(options);
  }
}
