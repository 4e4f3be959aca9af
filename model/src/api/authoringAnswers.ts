/**
 * The authoring API's answers: article documents, their changes and
 * history, and the seed-folder export (requests are in authoring.ts).
 */
import { z } from 'zod';
import { ATTRIBUTIONS, ENTITY_TYPES, RELATIONSHIP_TYPES, STANCES } from '../vocabulary.ts';

// ----- answers --------------------------------------------------------------

export const CHANGE_KINDS = [
  'import',
  'seed',
  'publish',
  'revert',
  'createEntity',
  'addAlias',
  'removeAlias',
  'deleteEntity',
  'createRelationship',
  'addEvidence',
  'removeEvidence',
  'deleteRelationship',
  'createClaim',
  'updateSource',
  'merge',
] as const;

export const articleChangeSchema = z
  .object({
    version: z.number().int().describe('The document version this change made'),
    at: z.string().describe('ISO timestamp'),
    author: z.string().describe('The label of the write token used, or "local" without one'),
    kind: z.enum(CHANGE_KINDS),
    summary: z.string(),
    revertOf: z.number().int().optional().describe('For a revert: the version it undid'),
    mergeId: z
      .string()
      .optional()
      .describe(
        'For a merge (and the revert of one): the merge, which changed every listed article at once',
      ),
  })
  .meta({ id: 'ArticleChange' });
export type ArticleChangeDto = z.infer<typeof articleChangeSchema>;

export const articleHistorySchema = z
  .object({
    articleId: z.string(),
    version: z.number().int(),
    changes: z.array(articleChangeSchema),
  })
  .meta({ id: 'ArticleHistory' });
export type ArticleHistoryDto = z.infer<typeof articleHistorySchema>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const authoringEvidenceSchema = z.object({
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentenceIndex: z.number().int(),
});

export const documentStatusSchema = z.enum(['draft', 'published']);

export const articleDocumentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    publishedAt: z.string(),
    language: z.string(),
    url: z.string().optional(),
    status: documentStatusSchema,
    version: z.number().int(),
    editedInApp: z.boolean().describe('True once the app changed it; the seeder then skips it'),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'ArticleDocumentSummary' });
export type ArticleDocumentSummaryDto = z.infer<typeof articleDocumentSummarySchema>;

/** Everything the reader and the annotation UI need about one article, draft or published. */
export const articleDocumentSchema = articleDocumentSummarySchema
  .extend({
    text: z.string(),
    sentences: z.array(
      z.object({
        index: z.number().int(),
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
      }),
    ),
    entities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.enum(ENTITY_TYPES),
        aliases: z.array(z.string()),
        description: z.string(),
        generic: z
          .literal(true)
          .optional()
          .describe("Article-bound; its id starts with the article's id"),
        properties: z.record(z.string(), scalar),
      }),
    ),
    relationships: z.array(
      z.object({
        id: z.string(),
        type: z.enum(RELATIONSHIP_TYPES),
        from: z.string(),
        to: z.string(),
        attribution: z.enum(ATTRIBUTIONS),
        stance: z.enum(STANCES).optional(),
        speaker: z.string().optional(),
        date: z.string().optional(),
        scope: z.string().optional(),
        inferred: z
          .literal(true)
          .optional()
          .describe('The text implies it rather than states it; see inferenceNote'),
        inferenceNote: z.string().optional(),
        properties: z.record(z.string(), scalar),
        evidence: z.array(authoringEvidenceSchema),
      }),
    ),
  })
  .meta({ id: 'ArticleDocument' });
export type ArticleDocumentDto = z.infer<typeof articleDocumentSchema>;

/** The answer to an edit, publish or revert: the document after it, and the change recorded. */
export const articleChangeResultSchema = z
  .object({
    article: articleDocumentSchema,
    change: articleChangeSchema,
    createdId: z
      .string()
      .optional()
      .describe('The id of the entity, relationship or claim the edit created'),
  })
  .meta({ id: 'ArticleChangeResult' });
export type ArticleChangeResultDto = z.infer<typeof articleChangeResultSchema>;

export const seedFolderSchema = z
  .object({
    folder: z.string().describe('The folder name, which is the article id'),
    files: z.object({
      'article.txt': z.string(),
      'graph.json': z.string().describe('graph.json as text, format version 1'),
    }),
  })
  .meta({ id: 'SeedFolder' });
export type SeedFolderDto = z.infer<typeof seedFolderSchema>;

export const seedFolderQuery = z.object({
  format: z
    .enum(['json', 'zip'])
    .default('json')
    .describe('json: the two files in one JSON body; zip: a zip of the folder'),
});
