/**
 * The body of one article's transaction: retract what the article no longer
 * has, then upsert entities, relationships, the article and its sentences in
 * batches. Rows are split into new and existing ones first (one probe per
 * article), because a statement that reads stored properties costs about
 * twice as much per row, and a first seed only creates. A new article costs
 * five round trips: probe, new entities, known entities, new relationships
 * of every type, and the article with its sentences.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { addCounters, emptyCounters, type WriteCounters } from './counters.ts';
import {
  DELETE_EXTRA_SENTENCES,
  UPSERT_ARTICLE_AND_SENTENCES,
  UPSERT_SENTENCES,
} from './cypher/articles.ts';
import { createEntities, removeLabel, updateEntities } from './cypher/entities.ts';
import { createRelationships, existingIds, updateRelationships } from './cypher/relationships.ts';
import { SeedConflictError } from './errors.ts';
import { retractStaleContent, type Retracted } from './retract.ts';
import { batches, propertyKeysOf, type ArticleRows, type RelationshipRow } from './rows.ts';

export interface ArticleWrite {
  articleId: string;
  entities: number;
  relationships: number;
  sentences: number;
  /** Relationships and entities this article no longer has, taken off it. */
  retracted: Retracted;
  counters: WriteCounters;
}

/** Stored type of each entity whose type the seed changes, by id. */
export type TypeChanges = ReadonlyMap<string, string>;

type Run = (query: string, parameters: Record<string, unknown>) => Promise<QueryResult>;

function partition<T>(rows: readonly T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}

/**
 * Runs a statement over the rows in batches; `query` builds the statement
 * for a batch's user property names. Returns how many rows were not written
 * (the statement's `written` count fell short), for the caller to judge.
 */
async function writeRows(
  run: Run,
  query: (propertyKeys: string[]) => string,
  rows: readonly object[],
  parameters: Record<string, unknown>,
  batchSize: number,
): Promise<number> {
  let missing = 0;
  for (const batch of batches(rows, batchSize)) {
    const result = await run(query(propertyKeysOf(batch)), { ...parameters, rows: batch });
    missing += batch.length - Number(result.records[0]?.get('written') ?? 0);
  }
  return missing;
}

export async function writeArticle(
  tx: ManagedTransaction,
  rows: ArticleRows,
  batchSize: number,
  typeChanges: TypeChanges,
  /** Recorded on the Article node; the next seed skips the article while it matches. */
  contentHash: string,
): Promise<ArticleWrite> {
  const counters = emptyCounters();
  const run: Run = async (query, parameters) => {
    const result = await tx.run(query, parameters);
    addCounters(counters, result.summary.counters.updates());
    return result;
  };
  const articleId = rows.article.id;
  // Sorted, so that articles with the same types share one cached query plan.
  const types = [...rows.relationshipsByType.keys()].sort();
  const probe = () =>
    tx.run(existingIds(types), {
      articleId,
      entityIds: rows.entities.map((row) => row.id),
      relationshipIds: Object.fromEntries(
        [...rows.relationshipsByType].map(([type, list]) => [type, list.map((row) => row.id)]),
      ),
    });
  let found = (await probe()).records[0];
  const articleExists = found?.get('articleExists') === true;
  let retracted: Retracted = { relationships: 0, entities: 0 };
  if (articleExists) {
    retracted = await retractStaleContent(tx, rows, run);
    // Retracting may delete what the probe saw, so look again.
    if (retracted.relationships + retracted.entities > 0) found = (await probe()).records[0];
  }
  const knownEntities = new Set(found?.get('entityIds') as string[]);
  const knownRelationships = new Set(found?.get('relationshipIds') as string[]);

  const oldLabels = new Map<string, string[]>();
  for (const entity of rows.entities) {
    const stored = typeChanges.get(entity.id);
    if (stored !== undefined) oldLabels.set(stored, [...(oldLabels.get(stored) ?? []), entity.id]);
  }
  for (const [oldType, ids] of oldLabels) await run(removeLabel(oldType), { ids, oldType });

  const [known, fresh] = partition(rows.entities, (row) => knownEntities.has(row.id));
  const [retyped, sameType] = partition(known, (row) => typeChanges.has(row.id));
  const params = { articleId };
  let missing = await writeRows(run, createEntities, fresh, params, batchSize);
  for (const [group, options] of [
    [sameType, { retyped: false }],
    [retyped, { retyped: true }],
  ] as const) {
    missing += await writeRows(
      run,
      (keys) => updateEntities(keys, options),
      group,
      params,
      batchSize,
    );
  }
  if (missing > 0) throw new Error(`${missing} entity rows were not written; rolled back.`);

  // New relationships of all types go in batches of one statement; rows keep
  // their type order, so a batch is a slice of each type's rows.
  const created = types.flatMap((type) =>
    (rows.relationshipsByType.get(type) ?? [])
      .filter((row) => !knownRelationships.has(row.id))
      .map((row) => ({ type, row })),
  );
  for (const batch of batches(created, batchSize)) {
    const byType = new Map<string, RelationshipRow[]>();
    for (const { type, row } of batch) byType.set(type, [...(byType.get(type) ?? []), row]);
    const keys = propertyKeysOf(batch.map(({ row }) => row));
    const result = await run(createRelationships([...byType.keys()], keys), {
      articleId,
      rows: Object.fromEntries(byType),
    });
    const written = Number(result.records[0]?.get('written') ?? 0);
    // Validation guarantees both endpoints, so a short count is a bug, not bad input.
    if (written !== batch.length) {
      throw new Error(`${batch.length - written} relationship rows were not written; rolled back.`);
    }
  }
  for (const type of types) {
    const existing = (rows.relationshipsByType.get(type) ?? []).filter((row) =>
      knownRelationships.has(row.id),
    );
    const conflicts = await writeRows(
      run,
      (keys) => updateRelationships(type, keys),
      existing,
      params,
      batchSize,
    );
    if (conflicts > 0) {
      throw new SeedConflictError(
        `Article "${articleId}" was not written: ${conflicts} ${type} relationship id(s) already exist in Neo4j between other entities (another article uses the same id for a different statement). Shared ids must have the same type and endpoints in every article; fix the ids or run with --reset.`,
      );
    }
  }

  const [first = [], ...rest] = batches(rows.sentences, batchSize);
  let notWritten = await writeRows(
    run,
    () => UPSERT_ARTICLE_AND_SENTENCES,
    first,
    { article: { ...rows.article, contentHash } },
    batchSize,
  );
  notWritten += await writeRows(run, () => UPSERT_SENTENCES, rest.flat(), params, batchSize);
  if (notWritten > 0) throw new Error(`${notWritten} sentence rows were not written; rolled back.`);
  if (articleExists) {
    await run(DELETE_EXTRA_SENTENCES, { articleId, sentenceCount: rows.article.sentenceCount });
  }

  return {
    articleId,
    entities: rows.entities.length,
    relationships: types.reduce(
      (n, type) => n + (rows.relationshipsByType.get(type)?.length ?? 0),
      0,
    ),
    sentences: rows.sentences.length,
    retracted,
    counters,
  };
}
