/** Response schemas of the meta routes and the error body every route shares. */
import { z } from 'zod';

/** Every error answer: what went wrong and how to fix it. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, machine-readable, e.g. NOT_FOUND or READ_ONLY_VIOLATION'),
      message: z.string(),
      position: z
        .object({ offset: z.number().int(), line: z.number().int(), column: z.number().int() })
        .optional()
        .describe('For Cypher errors: where in the query the problem is'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorDto = z.infer<typeof errorSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.string().nullable(),
    error: z.string().optional(),
  }),
});
export type HealthDto = z.infer<typeof healthSchema>;

/** GET /api/capabilities: the access mode, what needs the token, and the query limits. */
export const capabilitiesSchema = z.object({
  accessMode: z.enum(['local', 'shared']),
  editSavedQueries: z
    .enum(['anyone', 'token'])
    .describe(
      '`token`: send "Authorization: Bearer <token>" to create, change or delete saved queries',
    ),
  adhocCypher: z
    .enum(['anyone', 'token'])
    .describe('`token`: POST /api/cypher needs the token; saved queries still run for anyone'),
  editArticles: z
    .boolean()
    .describe(
      'Whether this request may import and edit articles: true when the server needs no write token, or the request sends the right one (a wrong token reads as false, not 403)',
    ),
  limits: z.object({
    timeoutMs: z.number().int(),
    rowLimit: z.number().int(),
    maxConcurrent: z.number().int(),
    maxPerClient: z.number().int(),
  }),
});
export type CapabilitiesDto = z.infer<typeof capabilitiesSchema>;

/** The OpenAPI document itself; its own meta-schema describes it, so here it is any object. */
export const openApiDocumentSchema = z.record(z.string(), z.unknown());
