/** Response schemas of the article routes. */
import { z } from 'zod';

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    publishedAt: z.string().describe('yyyy-mm-dd'),
    language: z.string(),
    sentenceCount: z.number().int(),
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
