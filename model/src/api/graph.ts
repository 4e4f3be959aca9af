/**
 * Response schemas of the graph routes: nodes, edges, evidence and the
 * shapes built from them. The TypeScript types are inferred from the
 * schemas, so a shape is written once; the server's route handlers must
 * return exactly these (see server/src/http/registry.ts).
 */
import { z } from 'zod';

/** A JSON-safe property value: Neo4j integers become numbers (or strings when unsafe), temporals ISO strings. */
export type PropertyValue =
  string | number | boolean | null | PropertyValue[] | { [key: string]: PropertyValue };

// Recursive, so the type is written out above; the schema is checked against it.
export const propertyValueSchema: z.ZodType<PropertyValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(propertyValueSchema),
      z.record(z.string(), propertyValueSchema),
    ]),
  )
  .meta({ id: 'PropertyValue', description: 'Any JSON value' });

export const propertiesSchema = z.record(z.string(), propertyValueSchema);
export type Properties = z.infer<typeof propertiesSchema>;

/** A node as every graph-returning route sends it. `id` is the seed's stable id, or elementId for other nodes. */
export const nodeSchema = z
  .object({ id: z.string(), labels: z.array(z.string()), properties: propertiesSchema })
  .meta({ id: 'Node' });
export type NodeDto = z.infer<typeof nodeSchema>;

/** A relationship as every graph-returning route sends it. `source`/`target` are node ids. */
export const edgeSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    properties: propertiesSchema,
  })
  .meta({ id: 'Edge' });
export type EdgeDto = z.infer<typeof edgeSchema>;

const graphShape = { nodes: z.array(nodeSchema), edges: z.array(edgeSchema) };
export const graphSchema = z.object(graphShape).meta({ id: 'Graph' });
export type GraphDto = z.infer<typeof graphSchema>;

/** One quote from an article that supports a relationship; `quote === article.text.slice(start, end)`. */
export const evidenceSchema = z
  .object({
    articleId: z.string(),
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentenceIndex: z
      .number()
      .int()
      .describe('Index of the sentence of the article that contains `start`'),
  })
  .meta({ id: 'Evidence' });
export type EvidenceDto = z.infer<typeof evidenceSchema>;

export const directionSchema = z.enum(['in', 'out', 'both']);
export type Direction = z.infer<typeof directionSchema>;

export const searchResultSchema = z.object({
  query: z.string(),
  hits: z.array(z.object({ node: nodeSchema, score: z.number() })),
});
export type SearchResultDto = z.infer<typeof searchResultSchema>;
export type SearchHitDto = SearchResultDto['hits'][number];

export const neighbourCountSchema = z.object({
  type: z.string(),
  direction: z.enum(['in', 'out']),
  count: z.number().int(),
});
export type NeighbourCountDto = z.infer<typeof neighbourCountSchema>;

export const mentionSchema = z.object({
  articleId: z.string(),
  sentenceIndex: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type MentionDto = z.infer<typeof mentionSchema>;

export const nodeDetailsSchema = z.object({
  node: nodeSchema,
  evidence: z
    .array(evidenceSchema.extend({ relationshipId: z.string() }))
    .describe(
      'Evidence of the relationships that touch the node (up to 200): one entry per relationship and quote',
    ),
  mentions: z
    .array(mentionSchema)
    .describe('Places where the text names the entity by one of its aliases'),
  neighbourCounts: z.array(neighbourCountSchema),
});
export type NodeDetailsDto = z.infer<typeof nodeDetailsSchema>;

/** Neighbour nodes come without `articleIds` (it can list thousands); GET /api/nodes/:id has it. */
export const neighboursSchema = z.object({
  ...graphShape,
  total: z
    .number()
    .int()
    .describe('Relationships matching the filter, counted from the degree store where possible'),
  truncated: z.boolean(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type NeighboursDto = z.infer<typeof neighboursSchema>;

/**
 * The relationships among the nodes on a canvas that touch a newly added
 * node (POST /api/relationships/among). At most `limit` come back; `total`
 * says how many exist, so a client can say how many it did not draw.
 */
export const relationshipsAmongSchema = z.object({
  edges: z.array(edgeSchema),
  total: z.number().int(),
  truncated: z.boolean(),
  limit: z.number().int(),
});
export type RelationshipsAmongDto = z.infer<typeof relationshipsAmongSchema>;

export const relationshipDetailsSchema = z.object({
  edge: edgeSchema,
  source: nodeSchema,
  target: nodeSchema,
  evidence: z.array(evidenceSchema),
});
export type RelationshipDetailsDto = z.infer<typeof relationshipDetailsSchema>;

/** Path nodes come without `articleIds`, as on neighbour pages; GET /api/nodes/:id has it. */
export const pathsSchema = z.object({
  ...graphShape,
  paths: z
    .array(z.object({ nodeIds: z.array(z.string()), edgeIds: z.array(z.string()) }))
    .describe('Each path as the ordered lists of node and edge ids it walks'),
  length: z.number().int().nullable().describe('Hops of the shortest path; null when none'),
});
export type PathsDto = z.infer<typeof pathsSchema>;

export const schemaSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  propertyKeys: z.array(z.string()),
});
export type SchemaDto = z.infer<typeof schemaSchema>;
