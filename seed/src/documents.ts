/**
 * The article document: an article's seed folder (its text and its graph.json
 * content) kept in Neo4j beside the graph it produced, with a version and a
 * change record per version. The seeder stores it for every article it
 * writes, and the server's authoring API edits it and writes the graph from
 * it with this same seeder, so an article edited in the app can always be
 * exported as a seed folder again. docs/data-model.md, "Article documents".
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { FORMAT_VERSION, type GraphFile } from '@newsgraph/model';
import type { SeedArticle } from './model.ts';

export const DOCUMENT_LABEL = 'ArticleDocument';
export const CHANGE_LABEL = 'ArticleChange';
/** The name of the text file in an exported seed folder. */
export const TEXT_FILE = 'article.txt';

/** graph.json for an article, the inverse of load.ts's toSeedArticle. */
export function toGraphFile(article: SeedArticle): GraphFile {
  return {
    formatVersion: FORMAT_VERSION,
    source: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      language: article.language,
      textFile: TEXT_FILE,
      ...(article.url === undefined ? {} : { url: article.url }),
      ...(article.provenance === undefined ? {} : { provenance: { ...article.provenance } }),
    },
    entities: article.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
    relationships: article.relationships.map((relationship) => ({
      ...relationship,
      evidence: relationship.evidence.map(({ quote, start, end }) => ({ quote, start, end })),
    })),
  };
}

/** graph.json as the app stores and exports it: two-space JSON with a final newline. */
export function graphFileText(article: SeedArticle): string {
  return `${JSON.stringify(toGraphFile(article), null, 2)}\n`;
}

/**
 * `${articleId}@000042`: unique per change, and zero-padded so that a prefix
 * search on the constraint's index lists one article's changes in order.
 */
export function changeId(articleId: string, version: number): string {
  return `${articleId}@${String(version).padStart(6, '0')}`;
}

/** Documents that the app has edited (or created), which a seed must not overwrite unforced. */
export const APP_EDITED_DOCUMENTS = `
MATCH (d:${DOCUMENT_LABEL}) WHERE ($articleIds IS NULL OR d.id IN $articleIds) AND d.editedInApp = true
RETURN d.id AS id, d.version AS version, toString(d.updatedAt) AS updatedAt, d.updatedBy AS updatedBy
ORDER BY id`;

/**
 * The seeder's side of the document: the files' content becomes the
 * document, published and no longer marked as edited in the app. A new
 * version and a change record are written only when the content differs.
 */
const UPSERT_SEEDED_DOCUMENT = `
MERGE (d:${DOCUMENT_LABEL} {id: $articleId})
ON CREATE SET d.version = 0, d.createdAt = datetime(), d.origin = 'seed'
WITH d, d.graph AS before, coalesce(d.graph <> $graph OR d.text <> $text, true) AS changed
SET d.version = d.version + CASE WHEN changed THEN 1 ELSE 0 END,
    d.status = 'published',
    d.editedInApp = false,
    d.text = $text,
    d.graph = $graph,
    d += $source,
    d.entityIds = $entityIds,
    d.relationshipIds = $relationshipIds,
    d.updatedAt = datetime(),
    d.updatedBy = $author
WITH d, before, changed WHERE changed
CREATE (c:${CHANGE_LABEL} {id: d.id + '@' + right('00000' + toString(d.version), 6)})
SET c.articleId = d.id, c.version = d.version, c.at = d.updatedAt, c.author = $author,
    c.kind = 'seed', c.summary = $summary, c.before = before, c.after = $graph`;

/**
 * The source fields kept as properties of the document node too, so that a
 * list of documents needs no graph.json parsing. `url: null` removes a stale one.
 */
export function documentSource(article: SeedArticle): Record<string, string | null> {
  return {
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    language: article.language,
    url: article.url ?? null,
  };
}

/** Who the change records name for a seed. */
export const SEED_AUTHOR = 'npm run seed';

/** Stores the seeded article as its document, inside the seeder's write transaction. */
export async function storeSeededDocument(
  tx: Pick<ManagedTransaction | Transaction, 'run'>,
  article: SeedArticle,
  forced: boolean,
): Promise<void> {
  await tx.run(UPSERT_SEEDED_DOCUMENT, {
    articleId: article.id,
    source: documentSource(article),
    text: article.text,
    graph: graphFileText(article),
    entityIds: article.entities.map((entity) => entity.id),
    relationshipIds: article.relationships.map((relationship) => relationship.id),
    author: SEED_AUTHOR,
    summary: forced
      ? 'Written from its seed folder with --force'
      : 'Written from its seed folder by the seeder',
  });
}

/** An article's document and its change records, for removeArticles. */
export const DELETE_DOCUMENT = `
OPTIONAL MATCH (d:${DOCUMENT_LABEL} {id: $articleId})
OPTIONAL MATCH (c:${CHANGE_LABEL}) WHERE c.id STARTS WITH $articleId + '@'
DETACH DELETE d, c`;
