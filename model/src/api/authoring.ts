/**
 * The authoring API's contract: importing an article, editing its graph
 * through selections of its text, publishing, history and revert, and the
 * seed-folder export. An article's document is its seed folder (text plus
 * graph.json content); every edit is checked by the seeder's own validator
 * before anything is written. docs/authoring.md describes the flow.
 */
import { z } from 'zod';
import {
  ATTRIBUTIONS,
  ENTITY_TYPES,
  RELATIONSHIP_TYPES,
  STANCE_OF_TYPE,
  STANCES,
  type RelationshipType,
} from '../vocabulary.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters and digits and hyphens')
  .max(120);
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((value) => !/[\r\n]/.test(value), 'must be a single line');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, yyyy-mm-dd');
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be yyyy, yyyy-mm or yyyy-mm-dd');
const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);
const version = z
  .number()
  .int()
  .min(0)
  .describe('The document version you read; a stale one gets 409 with the current version');

/** What the user selected: UTF-16 offsets into the article text, `[start, end)`. */
export const selectionSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    text: z
      .string()
      .optional()
      .describe(
        'What the client saw selected; when sent, the server checks it equals the text there',
      ),
  })
  .strict()
  .refine((value) => value.end > value.start, { error: 'end must be after start', path: ['end'] })
  .meta({ id: 'Selection' });
export type SelectionDto = z.infer<typeof selectionSchema>;

// ----- import ---------------------------------------------------------------

export const importArticleBody = z
  .object({
    id: slug.optional().describe('Article id; by default made from outlet, date and title'),
    title: line(300),
    outlet: line(200),
    publishedAt: isoDate,
    language: language.default('en'),
    url: httpUrl.optional().describe('Recorded only; the server never fetches it'),
    text: z
      .string()
      .min(1)
      .max(200_000)
      .optional()
      .describe('Plain text, stored verbatim; offsets count UTF-16 code units of it'),
    html: z
      .string()
      .min(1)
      .max(2_000_000)
      .optional()
      .describe(
        'An HTML page or fragment, turned into plain text once (title line, then paragraphs)',
      ),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    error: 'send exactly one of text or html',
    path: ['text'],
  });
export type ImportArticleInput = z.output<typeof importArticleBody>;

// ----- edits ----------------------------------------------------------------

const stanceFields = {
  attribution: z.enum(ATTRIBUTIONS),
  stance: z.enum(STANCES).optional(),
  speaker: slug.optional().describe('Entity id of who says it; required when attributed'),
  date: partialDate.optional(),
  scope: line(300).optional(),
};

const stanceTypes = Object.keys(STANCE_OF_TYPE) as [RelationshipType, ...RelationshipType[]];

/** One edit of an article's graph. Each has a `kind`; deletes make every edit undoable. */
export const articleEditSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('createEntity'),
        selection: selectionSchema,
        as: z
          .enum(['name', 'alias'])
          .default('name')
          .describe('Whether the selection is the name, or an alias of `name`'),
        name: line(200).optional().describe('The name, when the selection is an alias'),
        type: z.enum(ENTITY_TYPES),
        description: line(500).optional(),
        id: slug.optional().describe('By default a slug of the name'),
      })
      .strict(),
    z.object({ kind: z.literal('addAlias'), entityId: slug, selection: selectionSchema }).strict(),
    z.object({ kind: z.literal('removeAlias'), entityId: slug, alias: z.string().min(1) }).strict(),
    z.object({ kind: z.literal('deleteEntity'), entityId: slug }).strict(),
    z
      .object({
        kind: z.literal('createRelationship'),
        type: z.enum(RELATIONSHIP_TYPES),
        from: slug,
        to: slug,
        ...stanceFields,
        evidence: selectionSchema,
        id: slug.optional().describe('By default from, type and to joined'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('addEvidence'),
        relationshipId: slug.describe('A relationship of this or any published article'),
        evidence: selectionSchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('removeEvidence'),
        relationshipId: slug,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      })
      .strict(),
    z.object({ kind: z.literal('deleteRelationship'), relationshipId: slug }).strict(),
    z
      .object({
        kind: z.literal('createClaim'),
        selection: selectionSchema.describe('The words of the claim; also the stance’s quote'),
        name: line(300).optional().describe('By default the selected text'),
        description: line(500).optional(),
        id: slug.optional(),
        speaker: slug.describe('Who holds the claim (an entity id)'),
        stanceType: z.enum(stanceTypes).describe('ASSERTS, DENIES, ADMITTED…'),
        evidence: selectionSchema
          .optional()
          .describe('The quote for the stance, when it is not the claim’s own words'),
        date: partialDate.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('updateSource'),
        title: line(300).optional(),
        outlet: line(200).optional(),
        publishedAt: isoDate.optional(),
        language: language.optional(),
        url: httpUrl.optional(),
      })
      .strict(),
  ])
  .meta({ id: 'ArticleEdit' });
export type ArticleEditDto = z.output<typeof articleEditSchema>;
export type ArticleEditKind = ArticleEditDto['kind'];
/** An edit as a client sends it: fields with defaults (createEntity's `as`) may be left out. */
export type ArticleEditInput = z.input<typeof articleEditSchema>;

export const articleEditBody = z
  .object({ expectedVersion: version, edit: articleEditSchema })
  .strict();
export const publishBody = z.object({ expectedVersion: version }).strict();
export const revertBody = z
  .object({
    expectedVersion: version,
    version: z.number().int().min(1).describe('The change to undo, by the version it made'),
  })
  .strict();
