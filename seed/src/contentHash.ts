/**
 * What the seeder records on each Article node, so that `npm start` can skip
 * an article that has not changed since it was last written.
 */
import { createHash } from 'node:crypto';
import type { SeedArticle } from './model.ts';

/**
 * Bumped when the seeder writes the same article differently (new
 * properties, another layout), so that every article is written again once.
 * 2: the seeder also stores each article's document (documents.ts).
 * 3: relationships store `inferred`/`inferenceNote`, articles their provenance.
 */
export const SEED_FORMAT_VERSION = 3;

/**
 * sha256 of the validated article: its text and everything graph.json says,
 * plus the seeder's format version. Keys are sorted, so reordering keys in
 * graph.json changes nothing; reordering entities or relationships does
 * (it is a different file, and re-seeding it is harmless).
 */
export function articleContentHash(article: SeedArticle): string {
  const canonical = JSON.stringify(article, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  return createHash('sha256')
    .update(`seed-format-${SEED_FORMAT_VERSION}\n${canonical}`)
    .digest('hex');
}
