/**
 * Taking aliases off shared entities. The entity upsert only ever adds
 * aliases (an entity's aliases are the union over its articles), so when an
 * article drops an alias (a re-seed, an edit in the app, removing the
 * article), the alias would stay forever. With every article's document in
 * Neo4j, an alias that this article listed before and no longer lists is
 * removed unless another article's document still lists it. Entities used
 * by an article without a document keep everything (nothing is known).
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { DOCUMENT_LABEL } from './documents.ts';
import type { SeedArticle } from './model.ts';

type Tx = Pick<ManagedTransaction | Transaction, 'run'>;

const ENTITY_ALIASES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.aliases AS aliases, coalesce(n.articleIds, []) AS articleIds`;

const DOCUMENT_GRAPHS = `
MATCH (d:${DOCUMENT_LABEL}) WHERE d.id IN $ids
RETURN d.id AS id, d.graph AS graph`;

const SET_ALIASES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.aliases = row.aliases,
    n.aliasesText = reduce(text = n.name, alias IN row.aliases | text + ' | ' + alias)`;

/** The stored document's graph.json text of one article, or null. */
export const STORED_DOCUMENT_GRAPH = `
OPTIONAL MATCH (d:${DOCUMENT_LABEL} {id: $articleId})
RETURN d.graph AS graph`;

interface AliasLists {
  entities: { id: string; aliases: string[] }[];
}

/** The aliases per entity that a stored document's graph.json text lists (empty for none). */
export function aliasesIn(graphJson: unknown): Map<string, string[]> {
  if (typeof graphJson !== 'string') return new Map();
  const graph = JSON.parse(graphJson) as AliasLists;
  return new Map(graph.entities.map((entity) => [entity.id, entity.aliases]));
}

/** The stored document's graph.json text of `articleId`, or null when it has none. */
export async function storedDocumentGraph(tx: Tx, articleId: string): Promise<unknown> {
  const record = (await tx.run(STORED_DOCUMENT_GRAPH, { articleId })).records[0];
  return record?.get('graph') ?? null;
}

/**
 * Removes from shared entities the aliases that `articleId` listed before
 * (`before`) and lists no more (`now`, undefined when the article is gone),
 * unless another article's document lists them.
 */
export async function pruneDroppedAliases(
  tx: Tx,
  articleId: string,
  before: ReadonlyMap<string, string[]>,
  now: SeedArticle | undefined,
): Promise<void> {
  const current = new Map(now?.entities.map((entity) => [entity.id, entity.aliases]) ?? []);
  const dropped = new Map<string, string[]>();
  for (const [id, aliases] of before) {
    const kept = new Set(current.get(id) ?? []);
    const gone = aliases.filter((alias) => !kept.has(alias));
    if (gone.length > 0) dropped.set(id, gone);
  }
  if (dropped.size === 0) return;
  const stored = (await tx.run(ENTITY_ALIASES, { ids: [...dropped.keys()] })).records;
  const others = new Set(
    stored.flatMap((record) =>
      (record.get('articleIds') as string[]).filter((id) => id !== articleId),
    ),
  );
  const documents = new Map<string, Map<string, string[]>>();
  for (const record of (await tx.run(DOCUMENT_GRAPHS, { ids: [...others] })).records) {
    documents.set(String(record.get('id')), aliasesIn(record.get('graph')));
  }
  const rows: { id: string; aliases: string[] }[] = [];
  for (const record of stored) {
    const id = String(record.get('id'));
    const users = (record.get('articleIds') as string[]).filter((user) => user !== articleId);
    if (users.some((user) => !documents.has(user))) continue;
    const listed = new Set([
      ...(current.get(id) ?? []),
      ...users.flatMap((user) => documents.get(user)?.get(id) ?? []),
    ]);
    const remove = new Set((dropped.get(id) ?? []).filter((alias) => !listed.has(alias)));
    const aliases = record.get('aliases') as string[];
    if (aliases.some((alias) => remove.has(alias))) {
      rows.push({ id, aliases: aliases.filter((alias) => !remove.has(alias)) });
    }
  }
  if (rows.length > 0) await tx.run(SET_ALIASES, { rows });
}
