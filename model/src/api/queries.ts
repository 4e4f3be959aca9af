/** Response schemas of saved queries and Cypher runs. */
import { z } from 'zod';
import { entityGraphSchema, propertyValueSchema } from './graph.ts';
import { queryParameterSchema } from './requests.ts';

export type QueryParameterDto = z.infer<typeof queryParameterSchema>;
export type QueryParameterType = QueryParameterDto['type'];

export const savedQuerySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    cypher: z.string(),
    parameters: z.array(queryParameterSchema),
    tags: z.array(z.string()),
    version: z
      .number()
      .int()
      .describe('Optimistic-locking version: an update must send the version it read'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SavedQuery' });
export type SavedQueryDto = z.infer<typeof savedQuerySchema>;

export const savedQueryListSchema = z.array(savedQuerySchema);

/**
 * Rows are whatever the query returns, nodes and relationships in them as
 * open property bags (`Node`, `Edge`) for the results table. The nodes and
 * relationships found anywhere in the rows also come as a typed graph, for
 * the canvas, decoded as the explore routes decode them.
 */
export const cypherResultSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(propertyValueSchema)),
    graph: entityGraphSchema,
    summary: z.object({ ms: z.number(), truncated: z.boolean(), rowCount: z.number().int() }),
  })
  .meta({ id: 'CypherResult' });
export type CypherResultDto = z.infer<typeof cypherResultSchema>;
