/** Response schemas of the article routes. */
import { z } from 'zod';

/** How sure outlet and date are, when the text does not state them (graph.json's `source.provenance`). */
export const articleProvenanceSchema = z
  .object({
    outlet: z.enum(['stated', 'inferred', 'unknown']),
    publishedAt: z.enum(['stated', 'inferred']),
    credit: z
      .string()
      .nullable()
      .describe("The text's own credit line, such as (With information from AFP)"),
    note: z.string(),
  })
  .meta({ id: 'ArticleProvenance' });
export type ArticleProvenanceDto = z.infer<typeof articleProvenanceSchema>;

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    publishedAt: z.string().describe('yyyy-mm-dd'),
    language: z.string(),
    sentenceCount: z.number().int(),
    provenance: articleProvenanceSchema
      .nullable()
      .describe('Null when outlet and date are as the text states them'),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;

export const sentenceSchema = z.object({
  index: z.number().int().describe('0 is the title'),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  relationshipIds: z
    .array(z.string())
    .describe('Ids of the relationships for which this sentence holds evidence'),
});
export type SentenceDto = z.infer<typeof sentenceSchema>;

export const articleSchema = articleSummarySchema.extend({
  text: z.string(),
  sentences: z.array(sentenceSchema),
});
export type ArticleDto = z.infer<typeof articleSchema>;
