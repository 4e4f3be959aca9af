/**
 * What the server's authoring API needs from the seeder to write one edited
 * article inside its own transaction: the same rows, the same writer and the
 * same retraction as `npm run seed`, so an article edited in the app and the
 * same article seeded from its exported folder give the same graph.
 */
import type { ManagedTransaction, QueryResult, Transaction } from 'neo4j-driver';
import { articleContentHash } from './contentHash.ts';
import { TYPE_DIFFERENCES } from './cypher/entities.ts';
import { DOCUMENT_LABEL } from './documents.ts';
import { SeedConflictError } from './errors.ts';
import { parseGraphFile, toSeedArticle } from './load.ts';
import type { SeedArticle } from './model.ts';
import { toArticleRows } from './rows.ts';
import { DEFAULT_BATCH_SIZE } from './seed.ts';
import { writeArticle, type ArticleWrite } from './writeArticle.ts';

type Tx = ManagedTransaction | Transaction;

const ENTITY_ALIASES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.articleIds AS articleIds`;

const DOCUMENT_GRAPHS = `
MATCH (d:${DOCUMENT_LABEL}) WHERE d.id IN $ids
RETURN d.id AS id, d.graph AS graph, d.text AS text`;

const SET_ALIASES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.aliases = row.aliases,
    n.aliasesText = reduce(text = n.name, alias IN row.aliases | text + ' | ' + alias)`;

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

async function typeChangesFor(tx: Tx, article: SeedArticle): Promise<Map<string, string>> {
  const rows = article.entities.map((entity) => ({ id: entity.id, type: entity.type }));
  const { records } = await tx.run(TYPE_DIFFERENCES, { rows, articleIds: [article.id] });
  const conflict = records.find((record) => record.get('conflict') === true);
  if (conflict) {
    throw new SeedConflictError(
      `Entity "${String(conflict.get('id'))}" is a ${String(conflict.get('stored'))} in other articles; this article cannot make it a ${String(conflict.get('wanted'))}.`,
    );
  }
  return new Map(records.map((record) => [String(record.get('id')), String(record.get('stored'))]));
}

/**
 * The seeder only ever adds aliases to a shared entity. When an edit takes
 * an alias off, keep only those that some article's document still lists;
 * the stored order is kept, so the result equals what seeding every folder
 * afresh gives. Entities used by an article without a document are left alone.
 */
async function pruneAliases(tx: Tx, article: SeedArticle, entityIds: string[]): Promise<void> {
  const stored = (await tx.run(ENTITY_ALIASES, { ids: entityIds })).records;
  const otherArticleIds = new Set(
    stored.flatMap((record) =>
      (record.get('articleIds') as string[]).filter((id) => id !== article.id),
    ),
  );
  const docs = new Map<string, SeedArticle>();
  for (const record of (await tx.run(DOCUMENT_GRAPHS, { ids: [...otherArticleIds] })).records) {
    docs.set(
      String(record.get('id')),
      documentArticle(String(record.get('graph')), String(record.get('text'))),
    );
  }
  docs.set(article.id, article);
  const rows: { id: string; aliases: string[] }[] = [];
  for (const record of stored) {
    const id = String(record.get('id'));
    const users = record.get('articleIds') as string[];
    if (users.some((articleId) => !docs.has(articleId))) continue;
    const allowed = new Set(
      users.flatMap(
        (articleId) => docs.get(articleId)?.entities.find((e) => e.id === id)?.aliases ?? [],
      ),
    );
    const aliases = record.get('aliases') as string[];
    const kept = aliases.filter((alias) => allowed.has(alias));
    if (kept.length !== aliases.length) rows.push({ id, aliases: kept });
  }
  if (rows.length > 0) await tx.run(SET_ALIASES, { rows });
}

/**
 * Writes an article's graph from its document, as the seeder would, inside
 * the caller's transaction (which also stores the document and bumps the
 * revision). `previous` is the version written before, for alias pruning.
 */
export async function writeEditedArticle(
  tx: Tx,
  article: SeedArticle,
  previous: SeedArticle | undefined,
): Promise<ArticleWrite> {
  const typeChanges = await typeChangesFor(tx, article);
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
  const touched = new Set([
    ...article.entities.map((e) => e.id),
    ...(previous?.entities.map((e) => e.id) ?? []),
  ]);
  await pruneAliases(tx, article, [...touched]);
  return write;
}
