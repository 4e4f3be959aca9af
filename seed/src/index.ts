/**
 * The seed package's public API. The CLI (cli.ts), the server's start
 * script and the benchmark's generator all go through seedArticles. The
 * vocabulary, the graph.json schema and quoteIdentifier live in
 * @newsgraph/model.
 */
export type {
  SeedArticle,
  SeedEntity,
  SeedEvidence,
  SeedRelationship,
  ScalarValue,
} from './model.ts';
export type { SeedIssue } from './errors.ts';
export { SeedConflictError, SeedValidationError, formatIssue } from './errors.ts';
export type { WriteCounters } from './counters.ts';
export {
  DEFAULT_BATCH_SIZE,
  seedArticles,
  validateArticles,
  type ArticleSeedResult,
  type SeedArticlesOptions,
  type SeedResult,
} from './seed.ts';
export { ensureSchema, type SchemaOptions } from './schemaSetup.ts';
export {
  BUMP_GRAPH_REVISION,
  ENSURE_GRAPH_REVISION,
  GRAPH_REVISION_CONSTRAINT,
  GRAPH_REVISION_LABEL,
  READ_GRAPH_REVISION,
  bumpGraphRevision,
} from './revision.ts';
export { SEED_FORMAT_VERSION, articleContentHash } from './contentHash.ts';
export { removeArticles, resetSeedData, type MaintenanceOptions } from './maintenance.ts';
export { findArticleFolders, loadArticles, readArticleFolder, type LoadedArticle } from './load.ts';
export { checkArticle, checkArticleSet, type ArticleFiles, type CheckOptions } from './validate.ts';
export { splitSentences, sentenceIndexAt, type Sentence } from './sentences.ts';
export { findMentions, type Mention } from './mentions.ts';
export { locateQuote, checkEvidence } from './offsets.ts';
export { formatSummary, summarizeArticle, type ArticleSummary } from './summary.ts';
export { entityLabel, propertyKey, relationshipType } from './identifiers.ts';
export { FULLTEXT_INDEX, OWNED_LABELS, relationshipConstraintName } from './cypher/schema.ts';
export {
  CHANGE_LABEL,
  DOCUMENT_LABEL,
  SEED_AUTHOR,
  TEXT_FILE,
  changeId,
  documentSource,
  graphFileText,
  toGraphFile,
} from './documents.ts';
export { documentArticle, writeEditedArticle } from './authoring.ts';
export { parseGraphFile, toSeedArticle } from './load.ts';
export { appEditedArticles, type SkippedArticle } from './storedState.ts';
