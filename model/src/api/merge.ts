/**
 * The entity-merge contract: two entities that turn out to be the same are
 * joined, the one merged (`from`) into the one kept (`into`), across every
 * article document that lists it, in one transaction; revertible as a whole.
 * docs/authoring.md, "Merging entities".
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../vocabulary.ts';
import { articleChangeSchema } from './authoringAnswers.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters and digits and hyphens')
  .max(120);

const mergeFields = {
  from: slug.describe('The entity merged away; its id then resolves to `into`'),
  into: slug.describe('The entity kept, with its id, name and description'),
  type: z
    .enum(ENTITY_TYPES)
    .optional()
    .describe('Which type the merged entity has, when the two differ (required then)'),
};

/** What a merge would do, asked before doing it (nothing is written). */
export const mergePreviewBody = z.object(mergeFields).strict();
export type MergePreviewInput = z.infer<typeof mergePreviewBody>;

export const mergeBody = z
  .object({
    ...mergeFields,
    expectedVersions: z
      .record(slug, z.number().int().min(0))
      .describe(
        'The version of every article the merge touches, as the preview listed them; any other set or version gets 409',
      ),
  })
  .strict();
export type MergeInput = z.infer<typeof mergeBody>;

const quoteSchema = z.object({ articleId: z.string(), quote: z.string() });

/** A relationship the merge folds into another that states the same thing. */
export const combinedRelationshipSchema = z.object({
  relationshipId: z.string().describe('The relationship that goes away'),
  into: z.string().describe('The relationship that keeps its quotes'),
  statement: z.string().describe('For people: "TYPE from → to" after the merge'),
  quotes: z.array(quoteSchema).describe('The quotes moved to `into`'),
});

/** A relationship between the two entities, which would point at itself after the merge. */
export const droppedSelfLoopSchema = z.object({
  relationshipId: z.string(),
  statement: z.string(),
  quotes: z
    .array(quoteSchema)
    .describe('Its quotes, which leave the graph (a revert brings them back)'),
});

export const mergeArticlePlanSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published']),
  version: z.number().int().describe('The version the merge starts from'),
  aliasesAdded: z.array(z.string()).describe("The merged entity's names this article's text uses"),
  relationshipsRewritten: z.number().int().describe('Relationships that pointed at `from`'),
});

export const mergePlanSchema = z
  .object({
    from: z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES) }),
    into: z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES) }),
    type: z.enum(ENTITY_TYPES).describe('The type the kept entity has after the merge'),
    articles: z.array(mergeArticlePlanSchema),
    combined: z.array(combinedRelationshipSchema),
    selfLoops: z.array(droppedSelfLoopSchema),
  })
  .meta({ id: 'MergePlan' });
export type MergePlanDto = z.infer<typeof mergePlanSchema>;

export const mergeChangeSchema = z.object({
  articleId: z.string(),
  change: articleChangeSchema,
});

export const mergeResultSchema = mergePlanSchema
  .extend({
    mergeId: z.string().describe('Links the change recorded in each article; revert it as a whole'),
    changes: z.array(mergeChangeSchema),
  })
  .meta({ id: 'MergeResult' });
export type MergeResultDto = z.infer<typeof mergeResultSchema>;

export const mergeRevertResultSchema = z
  .object({ mergeId: z.string(), changes: z.array(mergeChangeSchema) })
  .meta({ id: 'MergeRevertResult' });
export type MergeRevertResultDto = z.infer<typeof mergeRevertResultSchema>;

export const mergeIdParams = z.object({ mergeId: z.uuid() });

/** Where an entity id leads after merges: itself, or the entity it was merged into. */
export const entityRedirectSchema = z
  .object({ id: z.string(), resolvedId: z.string(), mergeId: z.string().optional() })
  .meta({ id: 'EntityRedirect' });
export type EntityRedirectDto = z.infer<typeof entityRedirectSchema>;
