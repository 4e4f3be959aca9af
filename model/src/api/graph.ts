/**
 * Response schemas of the graph routes. The TypeScript types are inferred
 * from the schemas, so a shape is written once; the server's route handlers
 * must return exactly these (see server/src/http/registry.ts).
 *
 * Two shapes of graph travel:
 * - the typed one (`Entity`, `Relationship`, `EntityGraph`): every explore
 *   route, and the drawable part of a Cypher result. Storage is decoded into
 *   it once, on the server (server/src/graph/toDomain.ts);
 * - the open property bag (`Node`, `Edge`, `Graph`): the cells of a Cypher
 *   result's rows, where users return whatever they like, and the `json`
 *   export, which writes what is stored as it is.
 */
import { z } from 'zod';
import { articleIdSchema, entityIdSchema, relationshipIdSchema } from '../ids.ts';
import { ATTRIBUTIONS, ENTITY_TYPES, STANCES } from '../vocabulary.ts';

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

/** A node as a Cypher result cell or the json export holds it: every stored property, as stored. */
export const nodeSchema = z
  .object({ id: z.string(), labels: z.array(z.string()), properties: propertiesSchema })
  .meta({ id: 'Node' });
export type NodeDto = z.infer<typeof nodeSchema>;

/** A relationship as a Cypher result cell or the json export holds it. `source`/`target` are node ids. */
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
/** The property-bag graph: what the json export writes. */
export const graphSchema = z.object(graphShape).meta({ id: 'Graph' });
export type GraphDto = z.infer<typeof graphSchema>;

/** One quote from an article that supports a relationship; `quote === article.text.slice(start, end)`. */
export const evidenceSchema = z
  .object({
    articleId: articleIdSchema,
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

/**
 * Stored properties that have no field of their own: the `properties` an
 * article's graph.json gives (`americanUsers`, `qualifier`…), and everything
 * a node that is no entity stores. The app lists them and reads no key of them.
 */
export const attributesSchema = z
  .record(z.string(), propertyValueSchema)
  .describe('Other stored properties, listed as they are; the app reads no key of them');

/**
 * An entity as the explore routes send it. A node that is no entity (one a
 * Cypher query returns, such as an `:Article`) comes in the same shape with
 * `type: null`: its labels say what it is, `name` is its `name` or `title`
 * (else its id), and all it stores is in `attributes`.
 */
export const entitySchema = z
  .object({
    id: entityIdSchema.describe(
      "The entity's stable slug; a node that is no entity has its elementId",
    ),
    labels: z.array(z.string()).describe('`Entity` first, then the type label'),
    type: z
      .enum(ENTITY_TYPES)
      .nullable()
      .describe('The entity type; null for a node that is no entity'),
    name: z.string(),
    aliases: z.array(z.string()).describe('Every other name the articles use for it'),
    description: z.string().nullable(),
    articleIds: z
      .array(articleIdSchema)
      .optional()
      .describe(
        'Articles that name the entity. Left out on neighbour pages and paths, where a popular entity would list thousands; GET /api/nodes/{id} has it',
      ),
    attributes: attributesSchema,
  })
  .meta({ id: 'Entity' });
export type EntityDto = z.infer<typeof entitySchema>;

/**
 * A relationship as the explore routes send it, with its evidence decoded
 * from storage. A relationship that is no statement of an article (such as
 * `HAS_SENTENCE`, returned by a Cypher query) has `attribution: null` and no
 * evidence.
 */
export const relationshipSchema = z
  .object({
    id: relationshipIdSchema,
    type: z
      .string()
      .describe('A relationship type of the vocabulary (RelationshipType) for every statement'),
    source: entityIdSchema,
    target: entityIdSchema,
    attribution: z
      .enum(ATTRIBUTIONS)
      .nullable()
      .describe('Whether the article narrates it or reports what someone said'),
    stance: z.enum(STANCES).nullable(),
    speaker: entityIdSchema.nullable().describe('Who said it, for attributed relationships'),
    date: z.string().nullable().describe('When it held or was said: yyyy, yyyy-mm or yyyy-mm-dd'),
    scope: z.string().nullable().describe('For whom or where it holds'),
    inference: z
      .string()
      .nullable()
      .describe(
        'Null when the text states it; else the note saying why it is read from the text (stored `inferred` + `inferenceNote`)',
      ),
    evidence: z
      .array(evidenceSchema)
      .describe('Every quote that supports it, in article and text order'),
    attributes: attributesSchema,
  })
  .meta({ id: 'Relationship' });
export type RelationshipDto = z.infer<typeof relationshipSchema>;

const entityGraphShape = { nodes: z.array(entitySchema), edges: z.array(relationshipSchema) };
/** Entities and relationships: what the canvas draws. */
export const entityGraphSchema = z.object(entityGraphShape).meta({ id: 'EntityGraph' });
export type EntityGraphDto = z.infer<typeof entityGraphSchema>;

export const directionSchema = z.enum(['in', 'out', 'both']);
export type Direction = z.infer<typeof directionSchema>;

export const searchResultSchema = z.object({
  query: z.string(),
  hits: z.array(z.object({ node: entitySchema, score: z.number() })),
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
  articleId: articleIdSchema,
  sentenceIndex: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type MentionDto = z.infer<typeof mentionSchema>;

export const nodeDetailsSchema = z.object({
  node: entitySchema,
  evidence: z
    .array(evidenceSchema.extend({ relationshipId: relationshipIdSchema }))
    .describe(
      'Evidence of the relationships that touch the node (up to 200): one entry per relationship and quote',
    ),
  mentions: z
    .array(mentionSchema)
    .describe('Places where the text names the entity by one of its aliases'),
  neighbourCounts: z.array(neighbourCountSchema),
  articles: z
    .array(
      z.object({
        articleId: articleIdSchema,
        title: z.string(),
        publishedAt: z.string().describe('yyyy-mm-dd'),
        evidenceCount: z
          .number()
          .int()
          .describe("Distinct quotes from this article on the entity's relationships"),
        firstEvidence: evidenceSchema
          .omit({ quote: true })
          .extend({ relationshipId: relationshipIdSchema })
          .nullable()
          .describe('Where the first of them is, to open the reader there; null when none'),
      }),
    )
    .describe('The articles that name the entity, newest first'),
});
export type NodeDetailsDto = z.infer<typeof nodeDetailsSchema>;

/** Dated relationships whose date falls in a day range, with their endpoints. */
export const periodGraphSchema = z
  .object({
    ...entityGraphShape,
    total: z.number().int().describe('Dated relationships in the range, all of them'),
    truncated: z.boolean().describe('Whether `edges` holds fewer than `total` (see `limit`)'),
    limit: z.number().int(),
  })
  .meta({ id: 'PeriodGraph' });
export type PeriodGraphDto = z.infer<typeof periodGraphSchema>;

/** Neighbour nodes come without `articleIds` (it can list thousands); GET /api/nodes/:id has it. */
export const neighboursSchema = z.object({
  ...entityGraphShape,
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
  edges: z.array(relationshipSchema),
  total: z.number().int(),
  truncated: z.boolean(),
  limit: z.number().int(),
});
export type RelationshipsAmongDto = z.infer<typeof relationshipsAmongSchema>;

export const relationshipDetailsSchema = z.object({
  edge: relationshipSchema,
  source: entitySchema,
  target: entitySchema,
});
export type RelationshipDetailsDto = z.infer<typeof relationshipDetailsSchema>;

/** Path nodes come without `articleIds`, as on neighbour pages; GET /api/nodes/:id has it. */
export const pathsSchema = z.object({
  ...entityGraphShape,
  paths: z
    .array(z.object({ nodeIds: z.array(entityIdSchema), edgeIds: z.array(relationshipIdSchema) }))
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
