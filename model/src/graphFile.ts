/**
 * The zod schema of graph.json, format version 1 (documented in seed/README.md).
 * It checks shape only; cross-references, offsets and aliases are checked
 * against the article text in validate.ts.
 */
import { z } from 'zod';
import {
  ATTRIBUTIONS,
  ENTITY_TYPES,
  FORMAT_VERSION,
  RELATIONSHIP_TYPES,
  STANCES,
} from './vocabulary.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROPERTY_KEY = /^[a-z][A-Za-z0-9]*$/;

export const slug = z
  .string()
  .regex(SLUG, 'must be a slug: lowercase letters and digits separated by single hyphens');

/** Keys the seeder writes itself; user properties may not shadow them. */
export const RESERVED_ENTITY_KEYS = [
  'id',
  'name',
  'type',
  'aliases',
  'aliasesText',
  'description',
  'articleIds',
];
export const RESERVED_RELATIONSHIP_KEYS = [
  'id',
  'type',
  'from',
  'to',
  'attribution',
  'stance',
  'speaker',
  'date',
  'scope',
  'inferred',
  'inferenceNote',
  'articleIds',
  'evidenceArticleIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceSentenceIndexes',
];

function isRealDate(value: string): boolean {
  const [year, month = '01', day = '01'] = value.split('-');
  const date = new Date(`${year ?? ''}-${month}-${day}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year ?? ''}-${month}-${day}`)
  );
}

/** A full ISO calendar date, yyyy-mm-dd. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, yyyy-mm-dd')
  .refine(isRealDate, 'is not a real calendar date');

/** As precise as the text is: yyyy, yyyy-mm or yyyy-mm-dd. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be yyyy, yyyy-mm or yyyy-mm-dd')
  .refine(isRealDate, 'is not a real calendar date');

const scalar = z.union([z.string(), z.number(), z.boolean()]);

function properties(reserved: string[]) {
  return z.record(
    z
      .string()
      .regex(PROPERTY_KEY, 'property names must be camelCase, starting with a lowercase letter')
      .refine((key) => !reserved.includes(key), {
        error: (issue) => `"${String(issue.input)}" is set by the seeder and cannot be a property`,
      }),
    scalar,
  );
}

const oneLine = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => !/[\r\n]/.test(value), 'must be a single line');

const entitySchema = z.strictObject({
  id: slug,
  name: oneLine,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(oneLine).default([]),
  description: oneLine,
  /**
   * An unnamed, article-bound group or thing ("other organizations", "young
   * people"): its id must start with the article's id, so that it never
   * merges with another article's entity of the same words (the validator).
   */
  generic: z.literal(true, { error: 'must be true, or left out' }).optional(),
  properties: properties(RESERVED_ENTITY_KEYS).default({}),
});

const evidenceSchema = z.strictObject({
  quote: z
    .string()
    .min(1, 'must not be empty')
    .refine((value) => value.trim() === value, 'must not start or end with whitespace'),
  start: z.int().min(0).optional(),
  end: z.int().min(1).optional(),
  /** Which occurrence (1-based) of an ambiguous quote is meant; read by the offsets tool. */
  occurrence: z.int().min(1).optional(),
});

const relationshipSchema = z.strictObject({
  id: slug,
  type: z.enum(RELATIONSHIP_TYPES),
  from: slug,
  to: slug,
  attribution: z.enum(ATTRIBUTIONS),
  stance: z.enum(STANCES).optional(),
  speaker: slug.optional(),
  date: partialDate.optional(),
  scope: oneLine.optional(),
  /**
   * The text implies the relationship rather than stating it (for example a
   * denial read from "rejected these accusations"); `inferenceNote` says why.
   * The validator wants both or neither.
   */
  inferred: z.literal(true, { error: 'must be true, or left out' }).optional(),
  inferenceNote: oneLine.optional(),
  properties: properties(RESERVED_RELATIONSHIP_KEYS).default({}),
  evidence: z.array(evidenceSchema).min(1, 'every relationship needs at least one quote'),
});

/**
 * How sure the source fields are, when the text does not state them: a
 * republished wire story ("(With information from AFP)") names no outlet and
 * no date of its own. Left out, outlet and date are taken as stated.
 */
const provenanceSchema = z.strictObject({
  outlet: z.enum(['stated', 'inferred', 'unknown']),
  publishedAt: z.enum(['stated', 'inferred']),
  /** The text's own credit line, verbatim (the validator finds it in the text). */
  credit: oneLine.optional(),
  /** Why the fields are what they are, for people. */
  note: oneLine,
});

const sourceSchema = z.strictObject({
  id: slug,
  title: oneLine,
  outlet: oneLine,
  publishedAt: isoDate,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"'),
  textFile: z
    .string()
    .regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in the same folder'),
  /** Where the article was published, when known; the seeder never fetches it. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  provenance: provenanceSchema.optional(),
});

export const graphFileSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION, {
    error: `this seeder reads formatVersion ${FORMAT_VERSION}`,
  }),
  source: sourceSchema,
  entities: z.array(entitySchema),
  relationships: z.array(relationshipSchema),
});

/** graph.json as written on disk (offsets may still be missing before --fix-offsets). */
export type GraphFile = z.output<typeof graphFileSchema>;
export type GraphEntity = GraphFile['entities'][number];
export type GraphRelationship = GraphFile['relationships'][number];
export type GraphEvidence = GraphRelationship['evidence'][number];
export type SourceProvenance = z.output<typeof provenanceSchema>;
export type Scalar = z.output<typeof scalar>;
