/**
 * What the server's authoring API needs from the seeder to write one edited
 * article inside its own transaction: the same rows, the same writer and the
 * same retraction as `npm run seed`, so an article edited in the app and the
 * same article seeded from its exported folder give the same graph.
 */
import type { ManagedTransaction, QueryResult, Transaction } from 'neo4j-driver';
import { articleContentHash } from './contentHash.ts';
import { TYPE_DIFFERENCES } from './cypher/entities.ts';
import { pruneDroppedAliases } from './aliases.ts';
import { restateDropped, statementsOf, type Statements } from './restate.ts';
import { SeedConflictError } from './errors.ts';
import { parseGraphFile, toSeedArticle } from './load.ts';
import type { SeedArticle } from './model.ts';
import { toArticleRows } from './rows.ts';
import { DEFAULT_BATCH_SIZE } from './seed.ts';
import { writeArticle, type ArticleWrite } from './writeArticle.ts';

type Tx = ManagedTransaction | Transaction;

/** The SeedArticle that a stored document (graph.json text and article text) describes. */
export function documentArticle(graphJson: string, text: string): SeedArticle {
  const parsed = parseGraphFile(JSON.parse(graphJson) as unknown, '<document>');
  if ('issues' in parsed) {
    throw new Error(
      `A stored article document does not match the graph.json schema: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return toSeedArticle(parsed.graph, text);
}

async function typeChangesFor(
  tx: Tx,
  article: SeedArticle,
  alongside: readonly string[],
): Promise<Map<string, string>> {
  const rows = article.entities.map((entity) => ({ id: entity.id, type: entity.type }));
  const articleIds = [article.id, ...alongside];
  const { records } = await tx.run(TYPE_DIFFERENCES, { rows, articleIds });
  const conflict = records.find((record) => record.get('conflict') === true);
  if (conflict) {
    throw new SeedConflictError(
      `Entity "${String(conflict.get('id'))}" is a ${String(conflict.get('stored'))} in other articles; this article cannot make it a ${String(conflict.get('wanted'))}.`,
    );
  }
  return new Map(records.map((record) => [String(record.get('id')), String(record.get('stored'))]));
}

/**
 * Writes an article's graph from its document, as the seeder would, inside
 * the caller's transaction (which also stores the document and bumps the
 * revision). `previous` is the version written before: aliases it listed
 * and the new one does not are taken off shared entities (aliases.ts).
 * `alongside` names the other articles this transaction writes too (an
 * entity merge): an entity type they all change is no conflict with them.
 */
export async function writeEditedArticle(
  tx: Tx,
  article: SeedArticle,
  previous: SeedArticle | undefined,
  alongside: readonly string[] = [],
): Promise<ArticleWrite> {
  const typeChanges = await typeChangesFor(tx, article, alongside);
  const run = (query: string, parameters: Record<string, unknown>): Promise<QueryResult> =>
    tx.run(query, parameters);
  const managed = { run } as unknown as ManagedTransaction;
  const write = await writeArticle(
    managed,
    toArticleRows(article),
    DEFAULT_BATCH_SIZE,
    typeChanges,
    articleContentHash(article),
  );
  const before = new Map(previous?.entities.map((entity) => [entity.id, entity.aliases]) ?? []);
  await pruneDroppedAliases(tx, article.id, before, article);
  const stated: Statements = previous
    ? statementsOf(previous)
    : { entities: new Map(), relationships: new Map() };
  await restateDropped(tx, article.id, stated, statementsOf(article));
  return write;
}
