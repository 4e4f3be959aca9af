/**
 * Request schemas of the HTTP API: the server validates with them and the
 * OpenAPI document is generated from them, so they cannot drift apart.
 */
import { z } from 'zod';
import { AMONG_MAX_IDS, AMONG_MAX_NEW_IDS } from './limits.ts';

export const idSchema = z
  .string()
  .min(1)
  .max(512)
  .describe('A stable seed id (slug) or a Neo4j elementId');

export const idParams = z.object({ id: idSchema });

const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('What to look for in names and aliases; typos and prefixes are fine'),
  limit: intParam(1, 100, 10),
});

export const overviewQuery = z.object({ limit: intParam(1, 2000, 300) });

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, yyyy-mm-dd')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real date');

export const periodQuery = z
  .object({
    from: day.optional().describe('First day of the range, inclusive; open when left out'),
    to: day.optional().describe('Last day of the range, inclusive; open when left out'),
    limit: intParam(1, 2000, 500),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: '`from` must not be after `to`',
    path: ['from'],
  });

export const neighbourQuery = z.object({
  type: z.string().min(1).max(256).optional().describe('Relationship type to follow'),
  direction: z.enum(['in', 'out', 'both']).default('both'),
  limit: intParam(1, 500, 50),
  offset: intParam(0, 1_000_000, 0),
});

export const shortestPathQuery = z.object({
  from: idSchema,
  to: idSchema,
  maxHops: intParam(1, 12, 6),
});

export const relationshipsAmongBody = z
  .object({
    newIds: z
      .array(idSchema)
      .min(1)
      .max(AMONG_MAX_NEW_IDS)
      .describe('Nodes just added to the canvas; every relationship returned touches one'),
    visibleIds: z
      .array(idSchema)
      .max(AMONG_MAX_IDS)
      .default([])
      .describe('Nodes already on the canvas'),
    limit: z.number().int().min(1).max(5000).default(1000).describe('Most relationships returned'),
  })
  .strict()
  .refine((body) => body.newIds.length + body.visibleIds.length <= AMONG_MAX_IDS, {
    error: `newIds and visibleIds together may name at most ${String(AMONG_MAX_IDS)} ids`,
    path: ['visibleIds'],
  });

const parameterName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be a Cypher parameter name');

export const queryParameterSchema = z.object({
  name: parameterName,
  type: z.enum(['string', 'integer', 'float', 'boolean', 'node-id']),
  default: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]).optional(),
  description: z.string().max(500).optional(),
});

export const savedQueryInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).default(''),
    cypher: z.string().trim().min(1).max(20_000),
    parameters: z.array(queryParameterSchema).max(20).default([]),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  })
  .strict()
  .refine(
    (input) =>
      new Set(input.parameters.map((parameter) => parameter.name)).size === input.parameters.length,
    {
      error: 'parameter names must be unique',
      path: ['parameters'],
    },
  );

export const savedQueryUpdate = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).default(''),
    cypher: z.string().trim().min(1).max(20_000),
    parameters: z.array(queryParameterSchema).max(20).default([]),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    version: z.number().int().min(1).describe('The version you read; a stale one gets 409'),
  })
  .strict();

const paramsMap = z.record(parameterName, z.unknown()).default({});

export const runSavedQueryBody = z.object({ params: paramsMap }).strict();

export const cypherBody = z
  .object({
    query: z.string().min(1).max(20_000).describe('One read-only Cypher statement'),
    params: paramsMap,
  })
  .strict();

export const exportBody = z
  .object({
    nodeIds: z.array(idSchema).min(1).max(10_000),
    edgeIds: z.array(idSchema).max(50_000).optional(),
    format: z.enum(['json', 'cytoscape', 'graphology', 'graphml', 'csv', 'cypher', 'ftm']),
    csvFormulaGuard: z
      .boolean()
      .optional()
      .describe(
        "CSV only: prefix ' to text a spreadsheet would run as a formula. Off by default, as it changes the values a database import stores.",
      ),
  })
  .strict();

/**
 * `json` is this API's own graph shape; `cytoscape` and `graphology` are those
 * libraries' JSON formats; `csv` is a zip in neo4j-admin import form.
 */
export type ExportFormat = z.infer<typeof exportBody>['format'];
