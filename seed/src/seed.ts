/**
 * Writes validated articles to Neo4j: schema first, then one transaction per
 * article with batched, parameterised UNWIND statements. Everything is
 * checked before the first write, and every statement MERGEs, so running the
 * same seed twice leaves the graph as it was.
 */
import type { Driver } from 'neo4j-driver';
import { articleContentHash } from './contentHash.ts';
import { addCounters, emptyCounters, type WriteCounters } from './counters.ts';
import { TYPE_DIFFERENCES } from './cypher/entities.ts';
import { aliasesIn, pruneDroppedAliases, storedDocumentGraph } from './aliases.ts';
import { restateDropped, statementsIn, statementsOf } from './restate.ts';
import { storeSeededDocument } from './documents.ts';
import { SeedConflictError, SeedValidationError } from './errors.ts';
import type { SeedArticle } from './model.ts';
import { toArticleRows } from './rows.ts';
import { bumpGraphRevision } from './revision.ts';
import { ensureSchema } from './schemaSetup.ts';
import { storedSeedState, type SkippedArticle, type StoredSeedState } from './storedState.ts';
import { checkArticle, checkArticleSet, memoryFiles, type ArticleFiles } from './validate.ts';
import { writeArticle, type ArticleWrite, type TypeChanges } from './writeArticle.ts';

export interface SeedArticlesOptions {
  driver: Driver;
  /** Already-parsed articles; they are validated again here, before any write. */
  articles: readonly SeedArticle[];
  /** Where each article came from, for error messages; defaults to `<memory:id>`. */
  files?: readonly ArticleFiles[];
  log?: (line: string) => void;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  database?: string;
  /**
   * Write every article even when Neo4j already holds the same content
   * (same content hash), and even when the app has edited it since: for a
   * graph edited by hand outside the seeder, or to throw the app's edits away.
   */
  force?: boolean;
}

/** An article the seed left alone because the app edited it (see `force`). */
export interface ArticleSeedResult extends ArticleWrite {
  ms: number;
}

export interface SeedResult {
  /** The articles written; those skipped as unchanged are in `unchanged`. */
  articles: ArticleSeedResult[];
  /** Ids of articles whose content hash Neo4j already held, so nothing was written. */
  unchanged: string[];
  /** Articles edited in the app since they were seeded: not overwritten without `force`. */
  skipped: SkippedArticle[];
  counters: WriteCounters;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 5000;

/**
 * One article is written in one transaction, and on a Neo4j that has just
 * started every statement in it is planned for the first time. On this
 * 2-core machine that took 31–125 s for the AFP article (2 s once warm), and
 * the instances' default `db.transaction.timeout` of 120 s then stopped
 * `npm start`. Neo4j 5.3+ honours a longer timeout asked for by the client.
 */
export const SEED_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/** Throws SeedValidationError listing every problem in every article. */
export function validateArticles(
  articles: readonly SeedArticle[],
  files?: readonly ArticleFiles[],
): void {
  const labelled = articles.map((article, i) => ({
    article,
    files: files?.[i] ?? memoryFiles(article.id),
  }));
  const issues = [
    ...labelled.flatMap(({ article, files: f }) => checkArticle(article, f)),
    ...checkArticleSet(labelled),
  ];
  if (issues.length > 0) throw new SeedValidationError(issues);
}

/**
 * Compares entity types with Neo4j before any write. A type that differs
 * for an entity another (not re-seeded) article also uses is a conflict;
 * other differences are changes the upsert applies.
 */
async function checkEntityTypes(
  options: SeedArticlesOptions,
  articles: readonly SeedArticle[],
): Promise<TypeChanges> {
  // One row per id: a benchmark's thousand articles repeat the same entities,
  // and checkArticleSet has already made sure that they agree on the type.
  const types = new Map(
    articles.flatMap((article) => article.entities.map((e) => [e.id, e.type] as const)),
  );
  const rows = [...types].map(([id, type]) => ({ id, type }));
  const { records } = await options.driver.executeQuery(
    TYPE_DIFFERENCES,
    { rows, articleIds: articles.map((article) => article.id) },
    { database: options.database, routing: 'READ' },
  );
  const conflicts = records.filter((record) => record.get('conflict') === true);
  if (conflicts.length > 0) {
    const lines = conflicts.map(
      (record) =>
        `  entity "${String(record.get('id'))}" is a ${String(record.get('stored'))} in Neo4j (articles ${JSON.stringify(record.get('articleIds'))}) but the seed says ${String(record.get('wanted'))}`,
    );
    throw new SeedConflictError(
      `The seed conflicts with Neo4j; nothing was written:\n${lines.join('\n')}\nSeed those articles together, or run with --reset.`,
    );
  }
  return new Map(records.map((record) => [String(record.get('id')), String(record.get('stored'))]));
}

function explainWriteError(error: unknown, articleId: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const message = error instanceof Error ? error.message : String(error);
    return new SeedConflictError(
      `Article "${articleId}" was not written: it reuses an id that Neo4j already holds for something else (${message}). Shared ids must mean the same entity or relationship (same type and endpoints) in every article; fix the ids or run with --reset.`,
    );
  }
  return error;
}

/**
 * Seeds articles that are already in memory: the core that the CLI, the
 * server's start script and the benchmark's generator all call.
 *
 * @example await seedArticles({ driver, articles: [article], log: console.log })
 */
export async function seedArticles(options: SeedArticlesOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  validateArticles(options.articles, options.files);
  const hashes = new Map(options.articles.map((a) => [a.id, articleContentHash(a)]));
  const stored: StoredSeedState =
    options.force === true
      ? { edited: [], unchanged: new Set() }
      : await storedSeedState(options, hashes);
  const skipped = stored.edited;
  for (const { id, reason } of skipped) log(`skipped ${id}: ${reason}`);
  const skippedIds = new Set(skipped.map((item) => item.id));
  const candidates = options.articles.filter((article) => !skippedIds.has(article.id));
  const unchanged = stored.unchanged;
  for (const id of unchanged) log(`unchanged since it was last seeded (content hash): ${id}`);
  const toWrite = candidates.filter((article) => !unchanged.has(article.id));
  const results: ArticleSeedResult[] = [];
  const counters = emptyCounters();
  const finished = (): SeedResult => ({
    articles: results,
    unchanged: [...unchanged],
    skipped,
    counters,
    ms: Math.round(performance.now() - started),
  });
  // Nothing to write: the schema was set up when these hashes were recorded.
  if (toWrite.length === 0) return finished();
  const typeChanges = await checkEntityTypes(options, toWrite);
  await ensureSchema({ driver: options.driver, database: options.database, log });
  const session = options.driver.session({
    database: options.database,
    defaultAccessMode: 'WRITE',
  });
  try {
    for (const article of toWrite) {
      const articleStarted = performance.now();
      const rows = toArticleRows(article);
      const contentHash = hashes.get(article.id) ?? '';
      const written = await session
        .executeWrite(
          async (tx) => {
            const before = await storedDocumentGraph(tx, article.id);
            const write = await writeArticle(tx, rows, batchSize, typeChanges, contentHash);
            await pruneDroppedAliases(tx, article.id, aliasesIn(before), article);
            await restateDropped(tx, article.id, statementsIn(before), statementsOf(article));
            await storeSeededDocument(tx, article, options.force === true);
            await bumpGraphRevision(tx);
            return write;
          },
          { timeout: SEED_TRANSACTION_TIMEOUT_MS },
        )
        .catch((error: unknown) => {
          throw explainWriteError(error, article.id);
        });
      const result = { ...written, ms: Math.round(performance.now() - articleStarted) };
      addCounters(counters, result.counters);
      results.push(result);
      log(
        `seeded ${article.id}: ${result.entities} entities, ${result.relationships} relationships, ${result.sentences} sentences in ${result.ms} ms`,
      );
    }
  } finally {
    await session.close();
  }
  return finished();
}
