/**
 * Persistence of entity merges (and their reverts): several article
 * documents rewritten in ONE write transaction, all or nothing. The graph is
 * written with the seeder's own writer in two passes. First every touched
 * article lets go of the relationships whose statement the merge changes
 * (their endpoints moved, or they were folded away), so that no relationship
 * id is ever asked to hold two statements at once; then each article's new
 * document is written. Then the documents and their linked change records
 * are stored, the merged id's redirect is set or cleared, and the graph
 * revision is bumped once.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, Transaction } from 'neo4j-driver';
import type { ArticleChangeDto } from '@newsgraph/model';
import {
  bumpGraphRevision,
  changeId,
  documentArticle,
  documentSource,
  ensureSchema,
  graphFileText,
  writeEditedArticle,
  type SeedArticle,
} from '@newsgraph/seed';
import {
  lookups,
  text,
  toChange,
  toSummary,
  type GraphLookups,
  type StoredDocument,
} from './articleDocumentLookups.ts';
import { explainGraphError } from './articleDocumentStore.ts';
import { SAVE_DOCUMENT } from './queries/authoring.ts';
import {
  CLEAR_MERGED_ENTITY,
  DOCUMENTS_LISTING,
  LOCK_DOCUMENTS,
  MERGED_ENTITY,
  MERGE_CHANGES,
  READ_DOCUMENTS,
  SET_MERGED_ENTITY,
  UNLOCK_DOCUMENTS,
} from './queries/merge.ts';
import { readQuery, readTransaction, writeTransaction, type SessionOptions } from './session.ts';
import { toPropertyValue } from './toDomain.ts';

/** One article's part of a merge or of its revert. */
export interface ArticleRewrite {
  current: StoredDocument;
  article: SeedArticle;
  kind: 'merge' | 'revert';
  summary: string;
  revertOf?: number;
}

export interface MergeChange {
  articleId: string;
  version: number;
  kind: ArticleChangeDto['kind'];
  summary: string;
  before: SeedArticle | undefined;
  after: SeedArticle;
}

/** What a merge may read inside its transaction. */
export interface MergeLookups {
  /** Documents listing any of these entity ids; locked when the transaction writes. */
  documentsListing(entityIds: string[]): Promise<StoredDocument[]>;
  /** Documents by id, locked when the transaction writes. */
  documents(ids: string[]): Promise<StoredDocument[]>;
  changes(mergeId: string): Promise<MergeChange[]>;
  graph: GraphLookups;
}

export interface MergeWrite {
  mergeId: string;
  rewrites: ArticleRewrite[];
  /** Set the merged id's redirect, or clear the one this merge set. */
  redirect: { from: string; into: string } | 'clear';
}

const shape = (r: SeedArticle['relationships'][number]): string => `${r.type} ${r.from} ${r.to}`;

/** Ids of relationships whose statement changes or that no rewritten document keeps. */
function movedRelationships(rewrites: readonly ArticleRewrite[]): Set<string> {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const rewrite of rewrites) {
    for (const r of rewrite.current.article.relationships) before.set(r.id, shape(r));
    for (const r of rewrite.article.relationships) after.set(r.id, shape(r));
  }
  return new Set([...before].filter(([id, was]) => after.get(id) !== was).map(([id]) => id));
}

export function createMergeStore(driver: Driver, session: SessionOptions) {
  let schemaReady: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    schemaReady ??= ensureSchema({ driver, database: session.database }).catch((error: unknown) => {
      schemaReady = undefined;
      throw error;
    });
    return schemaReady;
  };

  function mergeLookups(tx: Transaction, lockToken: string | null): MergeLookups {
    const documents = async (ids: string[]): Promise<StoredDocument[]> => {
      const sorted = [...ids].sort();
      if (lockToken !== null) await tx.run(LOCK_DOCUMENTS, { ids: sorted, lockToken });
      const result = await tx.run(READ_DOCUMENTS, { ids: sorted });
      return result.records.map((record) => {
        const map = record.get('d') as Record<string, unknown>;
        return {
          summary: toSummary(map),
          article: documentArticle(text(map.graph), text(map.text)),
        };
      });
    };
    return {
      documents,
      async documentsListing(entityIds) {
        const result = await tx.run(DOCUMENTS_LISTING, { entityIds });
        return documents(result.records.map((record) => text(record.get('id'))));
      },
      async changes(mergeId) {
        const result = await tx.run(MERGE_CHANGES, { mergeId });
        return result.records.map((record) => {
          const map = record.get('c') as Record<string, unknown>;
          const parse = (graph: unknown): SeedArticle => documentArticle(text(graph), '');
          return {
            articleId: text(map.articleId),
            version: Number(toPropertyValue(map.version)),
            kind: text(map.kind) as ArticleChangeDto['kind'],
            summary: text(map.summary),
            before: map.before === null || map.before === undefined ? undefined : parse(map.before),
            after: parse(map.after),
          };
        });
      },
      graph: lookups(tx, ''),
    };
  }

  async function write(
    tx: Transaction,
    author: string,
    { mergeId, rewrites, redirect }: MergeWrite,
  ): Promise<{ articleId: string; change: ArticleChangeDto }[]> {
    const moved = movedRelationships(rewrites);
    const ids = rewrites.map((rewrite) => rewrite.current.summary.id);
    const published = (rewrite: ArticleRewrite) => rewrite.current.summary.status === 'published';
    const previous = new Map<string, SeedArticle>();
    const graphWrite = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        throw explainGraphError(error);
      }
    };
    for (const { current } of rewrites.filter(published)) {
      const released = {
        ...current.article,
        relationships: current.article.relationships.filter((r) => !moved.has(r.id)),
      };
      if (released.relationships.length < current.article.relationships.length) {
        await graphWrite(() => writeEditedArticle(tx, released, current.article, ids));
      }
      previous.set(current.summary.id, released);
    }
    const changes: { articleId: string; change: ArticleChangeDto }[] = [];
    for (const rewrite of rewrites) {
      const { summary, article } = rewrite.current;
      if (published(rewrite)) {
        const before = previous.get(summary.id);
        await graphWrite(() => writeEditedArticle(tx, rewrite.article, before, ids));
      }
      // Saved at once: the next article's alias pruning reads this one's document.
      const version = summary.version + 1;
      const result = await tx.run(SAVE_DOCUMENT, {
        id: summary.id,
        source: documentSource(rewrite.article),
        version,
        status: summary.status,
        graph: graphFileText(rewrite.article),
        entityIds: rewrite.article.entities.map((entity) => entity.id),
        relationshipIds: rewrite.article.relationships.map((relationship) => relationship.id),
        author,
        kind: rewrite.kind,
        summary: rewrite.summary,
        revertOf: rewrite.revertOf ?? null,
        before: graphFileText(article),
        changeId: changeId(summary.id, version),
        mergeId,
      });
      const record = result.records[0];
      if (!record) throw new Error(`The document "${summary.id}" vanished during the merge.`);
      changes.push({
        articleId: summary.id,
        change: toChange(record.get('c') as Record<string, unknown>),
      });
    }
    if (redirect === 'clear') await tx.run(CLEAR_MERGED_ENTITY, { mergeId });
    else await tx.run(SET_MERGED_ENTITY, { ...redirect, mergeId });
    await bumpGraphRevision(tx);
    return changes;
  }

  return {
    /** Reads what a merge would do, in one READ transaction; nothing can be written. */
    async preview<T>(work: (lookups: MergeLookups) => Promise<T>): Promise<T> {
      return readTransaction(driver, session, (tx) => work(mergeLookups(tx, null)));
    },

    /** Locks, decides and writes in one write transaction; any error writes nothing. */
    async write<T>(
      author: string,
      decide: (lookups: MergeLookups) => Promise<{ write: MergeWrite; answer: T }>,
    ): Promise<T & { changes: { articleId: string; change: ArticleChangeDto }[] }> {
      await ready();
      return writeTransaction(driver, session, async (tx) => {
        const lockToken = randomUUID();
        const { write: plan, answer } = await decide(mergeLookups(tx, lockToken));
        const changes = await write(tx, author, plan);
        await tx.run(UNLOCK_DOCUMENTS, { lockToken });
        return { ...answer, changes };
      });
    },

    /** Where an entity id leads: itself while it is an entity, else along its merges. */
    async resolve(id: string): Promise<{ resolvedId: string; mergeId?: string } | null> {
      let at = id;
      let mergeId: string | undefined;
      // A chain of merges (B into A, then A into C) is short; ten hops stops a cycle.
      for (let hop = 0; hop < 10; hop += 1) {
        const record = (await readQuery(driver, session, MERGED_ENTITY, { id: at })).records[0];
        if (!record || record.get('exists') === true) break;
        const into = record.get('into') as string | null;
        if (into === null)
          return hop === 0 ? null : { resolvedId: at, ...(mergeId ? { mergeId } : {}) };
        mergeId = text(record.get('mergeId'));
        at = into;
      }
      return { resolvedId: at, ...(mergeId ? { mergeId } : {}) };
    },
  };
}

export type MergeStore = ReturnType<typeof createMergeStore>;
