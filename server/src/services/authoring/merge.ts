/**
 * Merging two entities that turn out to be the same, and undoing it: every
 * article document that lists the merged entity is rewritten (mergeRewrite.ts),
 * checked with the seeder's own rules, and written in one transaction with a
 * change in each article's history that shares one merge id.
 */
import { randomUUID } from 'node:crypto';
import type {
  EntityRedirectDto,
  MergeInput,
  MergePlanDto,
  MergePreviewInput,
  MergeResultDto,
  MergeRevertResultDto,
} from '@newsgraph/model';
import { graphFileText, type SeedArticle } from '@newsgraph/seed';
import {
  InvalidEditError,
  InvalidInputError,
  MergeConflictError,
  NotFoundError,
  RevertConflictError,
  UnknownEntityError,
  VersionConflictError,
} from '../../domain/errors.ts';
import type { StoredDocument } from '../../graph/articleDocumentStore.ts';
import type { ArticleRewrite, MergeLookups, MergeStore } from '../../graph/mergeStore.ts';
import {
  rewriteForMerge,
  statementKey,
  type MergeEntityRef,
  type MergeRewrite,
  type Statement,
} from './mergeRewrite.ts';
import { revertChange } from './revert.ts';
import { validateDocument } from './service.ts';

interface Planned {
  plan: MergePlanDto;
  rewrite: MergeRewrite;
  touched: StoredDocument[];
}

/** The seeder's checks on one rewritten document, naming the article in the error. */
function validateIn(article: SeedArticle): void {
  try {
    validateDocument(article);
  } catch (error) {
    if (!(error instanceof InvalidEditError)) throw error;
    throw new InvalidEditError(`In the article "${article.id}": ${error.message}`, {
      articleId: article.id,
      ...(error.details as object),
    });
  }
}

/** An entity as the graph knows it (name, type, description), with the flag its documents give. */
async function entityRef(
  id: string,
  documents: readonly StoredDocument[],
  lookups: MergeLookups,
  field: string,
): Promise<MergeEntityRef> {
  const listed = documents.flatMap((d) => d.article.entities).find((entity) => entity.id === id);
  const stored = await lookups.graph.entity(id);
  if (!listed && !stored) {
    throw new UnknownEntityError(
      `${field}: no entity has the id "${id}", in any article. Find its id with GET /api/search?q=…`,
    );
  }
  const base = stored ?? listed;
  if (!base) throw new UnknownEntityError(`${field}: no entity has the id "${id}".`);
  return {
    id,
    name: base.name,
    type: base.type,
    description: base.description,
    ...(listed?.generic ? { generic: true as const } : {}),
  };
}

function checkGeneric(from: MergeEntityRef, into: MergeEntityRef, documents: StoredDocument[]) {
  const articlesOf = (id: string) =>
    documents.filter((d) => d.article.entities.some((e) => e.id === id)).map((d) => d.summary.id);
  const fromArticles = articlesOf(from.id);
  const others = articlesOf(into.id).filter((articleId) => !fromArticles.includes(articleId));
  if (from.generic && !into.generic && others.length > 0) {
    throw new MergeConflictError(
      `"${from.id}" is generic (bound to its article), and "${into.id}" is used by other articles too (${others.join(', ')}); merging would spread an article-bound entity across articles. Give it a name of its own first, or merge it into an entity of its own article.`,
      { from: from.id, into: into.id, articles: others },
    );
  }
  const foreign = fromArticles.filter((articleId) => !into.id.startsWith(`${articleId}-`));
  if (into.generic && foreign.length > 0) {
    throw new MergeConflictError(
      `"${into.id}" is generic (bound to its article), so it cannot take in "${from.id}", which the articles ${foreign.join(', ')} use. Merge the other way round, or into a named entity.`,
      { from: from.id, into: into.id, articles: foreign },
    );
  }
}

async function plan(input: MergePreviewInput, lookups: MergeLookups): Promise<Planned> {
  if (input.from === input.into) {
    throw new InvalidInputError(
      `"from" and "into" are both "${input.from}": a merge joins two different entities.`,
    );
  }
  const documents = await lookups.documentsListing([input.from, input.into]);
  const from = await entityRef(input.from, documents, lookups, 'from');
  const into = await entityRef(input.into, documents, lookups, 'into');
  if (from.type !== into.type && input.type === undefined) {
    throw new MergeConflictError(
      `"${from.id}" is a ${from.type} and "${into.id}" a ${into.type}; send "type" to say which the merged entity is.`,
      { from: { id: from.id, type: from.type }, into: { id: into.id, type: into.type } },
    );
  }
  if (input.type !== undefined && input.type !== from.type && input.type !== into.type) {
    throw new InvalidInputError(
      `"type" must be one of the two entities' types (${from.type} or ${into.type}), not ${input.type}.`,
    );
  }
  checkGeneric(from, into, documents);
  const type = input.type ?? into.type;
  const lists = (d: StoredDocument, id: string) => d.article.entities.some((e) => e.id === id);
  const touched = documents.filter(
    (d) => lists(d, from.id) || (type !== into.type && lists(d, into.id)),
  );
  const graphStatements = new Map<string, Statement>();
  const speakers = new Map<string, MergeEntityRef>();
  for (const r of touched.flatMap((d) => d.article.relationships)) {
    if (r.from !== from.id && r.to !== from.id) continue;
    const [a, b] = [r.from, r.to].map((id) => (id === from.id ? into.id : id)) as [string, string];
    const id = await lookups.graph.relationshipBetween(r.type, a, b);
    const found = id === null ? null : await lookups.graph.relationship(id);
    if (!found) continue;
    graphStatements.set(statementKey(r.type, a, b), {
      ...(found as Omit<Statement, 'properties'>),
      properties: {},
    });
    // A speaker the folded-into relationship brings along must be listed by the article.
    const speaker = found.speaker;
    if (speaker !== undefined && speaker !== into.id && !speakers.has(speaker)) {
      speakers.set(speaker, await entityRef(speaker, documents, lookups, 'speaker'));
    }
  }
  const rewrite = rewriteForMerge({
    fromId: from.id,
    into,
    type,
    documents: documents.map((d) => d.article),
    touchedIds: new Set(touched.map((d) => d.summary.id)),
    graphStatements,
    speakers,
  });
  for (const { article } of rewrite.articles) validateIn(article);
  const brief = (ref: MergeEntityRef) => ({ id: ref.id, name: ref.name, type: ref.type });
  return {
    touched,
    rewrite,
    plan: {
      from: brief(from),
      into: brief(into),
      type,
      articles: rewrite.articles.map(({ article, aliasesAdded, relationshipsRewritten }) => {
        const summary = touched.find((d) => d.summary.id === article.id)?.summary;
        return {
          articleId: article.id,
          title: article.title,
          status: summary?.status ?? 'published',
          version: summary?.version ?? 0,
          aliasesAdded,
          relationshipsRewritten,
        };
      }),
      combined: rewrite.combined,
      selfLoops: rewrite.selfLoops,
    },
  };
}

function assertVersions(touched: StoredDocument[], expected: Record<string, number>): void {
  const currentVersions = Object.fromEntries(touched.map((d) => [d.summary.id, d.summary.version]));
  const same =
    Object.keys(expected).length === touched.length &&
    touched.every((d) => expected[d.summary.id] === d.summary.version);
  if (!same) {
    throw new VersionConflictError(
      `The articles this merge touches changed since you previewed it (now ${JSON.stringify(currentVersions)}, you sent ${JSON.stringify(expected)}). Preview the merge again and confirm it.`,
      { currentVersions },
    );
  }
}

export function createMergeService(store: MergeStore) {
  return {
    preview: (input: MergePreviewInput): Promise<MergePlanDto> =>
      store.preview(async (lookups) => (await plan(input, lookups)).plan),

    merge: (input: MergeInput, author: string): Promise<MergeResultDto> =>
      store.write(author, async (lookups) => {
        const planned = await plan(input, lookups);
        assertVersions(planned.touched, input.expectedVersions);
        const mergeId = randomUUID();
        const { from, into } = planned.plan;
        const folded = planned.rewrite.combined.length;
        const loops = planned.rewrite.selfLoops.length;
        const rewrites: ArticleRewrite[] = planned.rewrite.articles.map(({ article }) => ({
          current: planned.touched.find((d) => d.summary.id === article.id) as StoredDocument,
          article,
          kind: 'merge',
          summary: `Merged ${from.name} (${from.id}) into ${into.name} (${into.id}) across ${planned.touched.length} article(s); ${folded} relationship(s) combined, ${loops} dropped as self-loops`,
        }));
        return {
          write: { mergeId, rewrites, redirect: { from: from.id, into: into.id } },
          answer: { ...planned.plan, mergeId },
        };
      }),

    revert: (mergeId: string, author: string): Promise<MergeRevertResultDto> =>
      store.write(author, async (lookups) => {
        const changes = await lookups.changes(mergeId);
        const merges = changes.filter((c) => c.kind === 'merge');
        if (merges.length === 0) throw new NotFoundError(`No merge has the id "${mergeId}".`);
        if (changes.some((c) => c.kind === 'revert')) {
          throw new RevertConflictError(`The merge "${mergeId}" was already reverted.`);
        }
        const documents = await lookups.documents(merges.map((c) => c.articleId));
        const rewrites = merges.map((change): ArticleRewrite => {
          const current = documents.find((d) => d.summary.id === change.articleId);
          if (!current || change.before === undefined) {
            throw new RevertConflictError(
              `The article "${change.articleId}" of merge "${mergeId}" is gone; the merge cannot be reverted.`,
            );
          }
          let article: SeedArticle;
          try {
            // Untouched since the merge: the document as it was, in its own order.
            article =
              graphFileText(current.article) === graphFileText(change.after)
                ? structuredClone(change.before)
                : revertChange(current.article, change.before, change.after, change.version);
          } catch (error) {
            if (!(error instanceof RevertConflictError)) throw error;
            throw new RevertConflictError(
              `In the article "${change.articleId}": ${error.message}`,
              {
                articleId: change.articleId,
                ...(error.details as object),
              },
            );
          }
          article.text = current.article.text;
          validateIn(article);
          return {
            current,
            article,
            kind: 'revert',
            summary: `Reverted merge ${mergeId} (version ${change.version}): ${change.summary}`,
            revertOf: change.version,
          };
        });
        return { write: { mergeId, rewrites, redirect: 'clear' }, answer: { mergeId } };
      }),

    async resolve(id: string): Promise<EntityRedirectDto> {
      const found = await store.resolve(id);
      if (!found)
        throw new NotFoundError(`No entity has the id "${id}", and none was merged away.`);
      return { id, ...found };
    },
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
