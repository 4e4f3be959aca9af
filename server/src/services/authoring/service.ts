/**
 * Authoring use cases: import, edit, publish, revert, history and the
 * seed-folder export. Every write validates the whole document with the
 * seeder's own checks (`npm run seed -- --check`) before anything is written.
 */
import {
  graphFileSchema,
  type ArticleChangeResultDto,
  type ArticleDocumentDto,
  type ArticleDocumentSummaryDto,
  type ArticleEditDto,
  type ArticleHistoryDto,
  type ImportArticleInput,
  type SeedFolderDto,
} from '@newsgraph/model';
import {
  TEXT_FILE,
  checkArticle,
  graphFileText,
  sentenceIndexAt,
  splitSentences,
  toGraphFile,
  type SeedArticle,
} from '@newsgraph/seed';
import {
  InvalidEditError,
  NotFoundError,
  RevertConflictError,
  VersionConflictError,
} from '../../domain/errors.ts';
import type {
  ArticleDocumentStore,
  DocumentUpdate,
  GraphLookups,
  StoredDocument,
} from '../../graph/articleDocumentStore.ts';
import { applyEdit } from './edits.ts';
import { htmlToText } from './htmlToText.ts';
import { revertChange } from './revert.ts';
import { slugify } from './slug.ts';

/** Who asks: whether they hold write access, and the label their changes are recorded under. */
export interface Caller {
  canWrite: boolean;
  author: string;
}

const FILES = { graph: 'graph.json', text: TEXT_FILE };

/** The request field an issue at a graph.json path most likely comes from. */
function fieldOf(path: string): string {
  const leaf = /\.([A-Za-z]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
  if (leaf === 'aliases') return 'edit.selection';
  if (leaf === 'evidence' || leaf === 'quote') return 'edit.evidence';
  if (leaf === '' || leaf === 'entities' || leaf === 'relationships') return 'edit';
  return `edit.${leaf}`;
}

/** The seeder's checks on the whole document; throws InvalidEditError listing each problem. */
export function validateDocument(article: SeedArticle): void {
  const shape = graphFileSchema.safeParse(toGraphFile(article));
  const issues = [
    ...(shape.success
      ? []
      : shape.error.issues.map((issue) => ({
          path: `$.${issue.path.join('.')}`,
          message: issue.message,
        }))),
    ...checkArticle(article, FILES, { aliasesMustOccur: true }).map(({ path, message }) => ({
      path,
      message,
    })),
  ].map((issue) => ({ ...issue, field: fieldOf(issue.path) }));
  if (issues.length > 0) {
    throw new InvalidEditError(
      `The edit would break the seed format's rules, so nothing was written: ${issues.map((i) => `${i.field}: ${i.message} (${i.path})`).join('; ')}`,
      { issues },
    );
  }
}

export function toDocumentDto(
  summary: ArticleDocumentSummaryDto,
  article: SeedArticle,
): ArticleDocumentDto {
  const sentences = splitSentences(article.text);
  return {
    ...summary,
    text: article.text,
    sentences: sentences.map(({ index, start, end, text }) => ({ index, start, end, text })),
    entities: article.entities.map((entity) => ({ ...entity })),
    relationships: article.relationships.map((relationship) => ({
      ...relationship,
      evidence: relationship.evidence.map((evidence) => ({
        ...evidence,
        sentenceIndex: sentenceIndexAt(sentences, evidence.start),
      })),
    })),
  };
}

function assertVersion(current: StoredDocument, expected: number): void {
  if (current.summary.version !== expected) {
    throw new VersionConflictError(
      `The article "${current.summary.id}" changed since you read it (you sent version ${expected}, it is now ${current.summary.version}). Reload it, reapply your edit and send it again.`,
      { currentVersion: current.summary.version },
    );
  }
}

const NOT_REVERTIBLE = new Set(['import', 'seed', 'publish']);

export function createAuthoringService(store: ArticleDocumentStore) {
  /** A document the caller may see: drafts only with write access (else 404, as if absent). */
  async function visible(id: string, caller: Caller): Promise<StoredDocument> {
    const found = await store.get(id);
    if (!found || (found.summary.status === 'draft' && !caller.canWrite)) {
      throw new NotFoundError(
        `No article has the id "${id}"${caller.canWrite ? '' : ' (drafts need the write token)'}, or it has no stored document yet (\`npm run seed\` stores one for each seeded article).`,
      );
    }
    return found;
  }

  async function change(
    id: string,
    caller: Caller,
    decide: (
      current: StoredDocument,
      graph: GraphLookups,
    ) => DocumentUpdate | Promise<DocumentUpdate & { createdId?: string }>,
  ): Promise<ArticleChangeResultDto> {
    let createdId: string | undefined;
    const result = await store.update(id, caller.author, async (current, graph) => {
      const next: DocumentUpdate & { createdId?: string } = await decide(current, graph);
      createdId = next.createdId;
      return next;
    });
    return {
      article: toDocumentDto(result.summary, result.article),
      change: result.change,
      ...(createdId === undefined ? {} : { createdId }),
    };
  }

  return {
    list: (caller: Caller) => store.list(caller.canWrite),

    async get(id: string, caller: Caller): Promise<ArticleDocumentDto> {
      const found = await visible(id, caller);
      return toDocumentDto(found.summary, found.article);
    },

    async history(id: string, caller: Caller): Promise<ArticleHistoryDto> {
      const found = await visible(id, caller);
      return { articleId: id, version: found.summary.version, changes: await store.history(id) };
    },

    async seedFolder(id: string, caller: Caller): Promise<SeedFolderDto> {
      const found = await visible(id, caller);
      return {
        folder: id,
        files: { 'article.txt': found.article.text, 'graph.json': graphFileText(found.article) },
      };
    },

    async importArticle(input: ImportArticleInput, caller: Caller): Promise<ArticleDocumentDto> {
      const converted = input.html === undefined ? undefined : htmlToText(input.html, input.title);
      const text = input.text ?? converted?.text ?? '';
      const article: SeedArticle = {
        id: input.id ?? slugify(`${input.outlet} ${input.publishedAt} ${input.title}`, 80),
        title: input.title,
        outlet: input.outlet,
        publishedAt: input.publishedAt,
        language: input.language,
        ...(input.url === undefined ? {} : { url: input.url }),
        text,
        entities: [],
        relationships: [],
      };
      validateDocument(article);
      const from = converted ? 'converted from HTML' : 'plain text';
      const created = await store.create(
        article,
        caller.author,
        `Imported "${article.title}" (${text.length} characters, ${from})`,
      );
      return toDocumentDto(created.summary, article);
    },

    edit: (id: string, expectedVersion: number, edit: ArticleEditDto, caller: Caller) =>
      change(id, caller, async (current, graph) => {
        assertVersion(current, expectedVersion);
        const result = await applyEdit(current.article, edit, graph);
        validateDocument(result.article);
        const published = current.summary.status === 'published';
        return {
          article: result.article,
          status: current.summary.status,
          kind: edit.kind,
          summary: result.summary,
          writeGraph: published,
          ...(result.createdId === undefined ? {} : { createdId: result.createdId }),
        };
      }),

    publish: (id: string, expectedVersion: number, caller: Caller) =>
      change(id, caller, (current) => {
        assertVersion(current, expectedVersion);
        if (current.summary.status === 'published') {
          throw new InvalidEditError(`The article "${id}" is already published.`);
        }
        validateDocument(current.article);
        return {
          article: current.article,
          status: 'published',
          kind: 'publish',
          summary: `Published with ${current.article.entities.length} entities and ${current.article.relationships.length} relationships`,
          writeGraph: true,
        };
      }),

    revert: (id: string, expectedVersion: number, version: number, caller: Caller) =>
      change(id, caller, async (current, graph) => {
        assertVersion(current, expectedVersion);
        const target = await graph.change(version);
        if (!target) throw new NotFoundError(`The article "${id}" has no version ${version}.`);
        // A merge (or its revert) changed several articles at once: one article's part alone would split it.
        if (target.mergeId !== undefined) {
          throw new RevertConflictError(
            target.kind === 'merge'
              ? `Version ${version} is part of the merge "${target.mergeId}", which changed several articles at once; revert it as a whole with POST /api/merges/${target.mergeId}/revert.`
              : `Version ${version} reverted the merge "${target.mergeId}" in several articles at once; to merge again, preview and confirm the merge anew (POST /api/entities/merge).`,
            { mergeId: target.mergeId },
          );
        }
        if (NOT_REVERTIBLE.has(target.kind) || target.before === undefined) {
          throw new RevertConflictError(
            `Version ${version} is a ${target.kind}, which cannot be reverted; only edits (and reverts) can.`,
          );
        }
        const article = revertChange(current.article, target.before, target.after, version);
        article.text = current.article.text;
        validateDocument(article);
        return {
          article,
          status: current.summary.status,
          kind: 'revert',
          summary: `Reverted version ${version}: ${target.summary}`,
          revertOf: version,
          writeGraph: current.summary.status === 'published',
        };
      }),
  };
}

export type AuthoringService = ReturnType<typeof createAuthoringService>;
