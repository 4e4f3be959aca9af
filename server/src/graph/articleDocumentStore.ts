/**
 * Persistence of article documents and their history. Every write runs in
 * one transaction: lock the document, let the use case decide (version
 * check, edit, validation), write the graph with the seeder's own writer
 * when the article is published, store the new version and its change
 * record, and bump the graph revision.
 */
import { randomUUID } from 'node:crypto';
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { ArticleChangeDto, ArticleDocumentSummaryDto } from '@newsgraph/model';
import {
  SeedConflictError,
  bumpGraphRevision,
  changeId,
  documentArticle,
  documentSource,
  ensureSchema,
  graphFileText,
  writeEditedArticle,
  type SeedArticle,
} from '@newsgraph/seed';
import { GraphConflictError, NotFoundError, AlreadyExistsError } from '../domain/errors.ts';
import {
  lookups,
  text,
  toChange,
  toSummary,
  type DocumentUpdate,
  type GraphLookups,
  type StoredDocument,
} from './articleDocumentLookups.ts';
import {
  ARTICLE_ID_TAKEN,
  CREATE_DOCUMENT,
  GET_DOCUMENT,
  LIST_CHANGES,
  LIST_DOCUMENTS,
  LOCK_DOCUMENT,
  SAVE_DOCUMENT,
} from './queries/authoring.ts';
import { readQuery, writeTransaction, type SessionOptions } from './session.ts';

export type {
  DocumentStatus,
  DocumentUpdate,
  GraphLookups,
  StoredChange,
  StoredDocument,
} from './articleDocumentLookups.ts';

function notFound(id: string): NotFoundError {
  return new NotFoundError(
    `No article has the id "${id}". GET /api/authoring/articles lists the articles you may edit.`,
  );
}

/** Seed conflicts and uniqueness violations are the data's fault: 409, with the seeder's words. */
export function explainGraphError(error: unknown): unknown {
  if (error instanceof SeedConflictError) return new GraphConflictError(error.message);
  if (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  ) {
    return new GraphConflictError(
      `The article's graph reuses an id that the graph holds for something else: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  return error;
}

export function createArticleDocumentStore(driver: Driver, session: SessionOptions) {
  let schemaReady: Promise<void> | undefined;
  // The seeder's constraints (documents, entities, relationships) guard every write here.
  const ready = (): Promise<void> => {
    schemaReady ??= ensureSchema({ driver, database: session.database }).catch((error: unknown) => {
      schemaReady = undefined;
      throw error;
    });
    return schemaReady;
  };

  return {
    async list(withDrafts: boolean): Promise<ArticleDocumentSummaryDto[]> {
      const result = await readQuery(driver, session, LIST_DOCUMENTS, { withDrafts });
      return result.records.map((record) => toSummary(record.get('d') as Record<string, unknown>));
    },

    async get(id: string): Promise<StoredDocument | null> {
      const record = (await readQuery(driver, session, GET_DOCUMENT, { id })).records[0];
      if (!record) return null;
      const map = record.get('d') as Record<string, unknown>;
      return { summary: toSummary(map), article: documentArticle(text(map.graph), text(map.text)) };
    },

    async history(id: string): Promise<ArticleChangeDto[]> {
      const result = await readQuery(driver, session, LIST_CHANGES, { prefix: `${id}@` });
      return result.records.map((record) => toChange(record.get('c') as Record<string, unknown>));
    },

    /** Stores a new draft; 409 when an article or document already has the id. */
    async create(
      article: SeedArticle,
      author: string,
      summary: string,
    ): Promise<{ summary: ArticleDocumentSummaryDto; change: ArticleChangeDto }> {
      await ready();
      return writeTransaction(driver, session, async (tx) => {
        const found = await tx.run<{ taken: boolean }>(ARTICLE_ID_TAKEN, { id: article.id });
        if (found.records[0]?.get('taken') === true) {
          throw new AlreadyExistsError(
            `An article with the id "${article.id}" already exists. Send another "id", or edit that article.`,
            { id: article.id },
          );
        }
        const result = await tx.run(CREATE_DOCUMENT, {
          id: article.id,
          source: documentSource(article),
          text: article.text,
          graph: graphFileText(article),
          author,
          summary,
          changeId: changeId(article.id, 1),
        });
        await bumpGraphRevision(tx);
        const record = result.records[0];
        if (!record) throw new Error('Neo4j created no article document.');
        return {
          summary: toSummary(record.get('d') as Record<string, unknown>),
          change: toChange(record.get('c') as Record<string, unknown>),
        };
      });
    },

    /**
     * Locks the document, asks `decide` for the next version, and writes it
     * (graph, document, change, revision) in the same transaction.
     */
    async update(
      id: string,
      author: string,
      decide: (current: StoredDocument, graph: GraphLookups) => Promise<DocumentUpdate>,
    ): Promise<{
      summary: ArticleDocumentSummaryDto;
      change: ArticleChangeDto;
      article: SeedArticle;
    }> {
      await ready();
      return writeTransaction(driver, session, async (tx) => {
        const locked = (await tx.run(LOCK_DOCUMENT, { id, lockToken: randomUUID() })).records[0];
        if (!locked) throw notFound(id);
        const map = locked.get('d') as Record<string, unknown>;
        const current: StoredDocument = {
          summary: toSummary(map),
          article: documentArticle(text(map.graph), text(map.text)),
        };
        const next = await decide(current, lookups(tx, id));
        if (next.writeGraph) {
          const previous = current.summary.status === 'published' ? current.article : undefined;
          await writeEditedArticle(tx, next.article, previous).catch((error: unknown) => {
            throw explainGraphError(error);
          });
        }
        const version = current.summary.version + 1;
        const result = await tx.run(SAVE_DOCUMENT, {
          id,
          source: documentSource(next.article),
          version,
          status: next.status,
          graph: graphFileText(next.article),
          entityIds: next.article.entities.map((entity) => entity.id),
          relationshipIds: next.article.relationships.map((relationship) => relationship.id),
          author,
          kind: next.kind,
          summary: next.summary,
          revertOf: next.revertOf ?? null,
          mergeId: null,
          before: graphFileText(current.article),
          changeId: changeId(id, version),
        });
        await bumpGraphRevision(tx);
        const record = result.records[0];
        if (!record) throw notFound(id);
        return {
          summary: toSummary(record.get('d') as Record<string, unknown>),
          change: toChange(record.get('c') as Record<string, unknown>),
          article: next.article,
        };
      });
    },
  };
}

export type ArticleDocumentStore = ReturnType<typeof createArticleDocumentStore>;
