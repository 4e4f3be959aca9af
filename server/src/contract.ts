/**
 * The HTTP API's JSON contract, as TypeScript types.
 *
 * The client imports these with `import type` so that it never pulls server
 * code into the bundle. The zod schemas in `http/` validate requests and are
 * the source of the OpenAPI document; these types describe what the routes
 * answer. Keep both in step.
 */

/** A JSON-safe property value: Neo4j integers become numbers (or strings when unsafe), temporals ISO strings. */
export type PropertyValue =
  string | number | boolean | null | PropertyValue[] | { [key: string]: PropertyValue };

export type Properties = Record<string, PropertyValue>;

/** A node as every graph-returning route sends it. `id` is the seed's stable id, or elementId for other nodes. */
export interface NodeDto {
  id: string;
  labels: string[];
  properties: Properties;
}

/** A relationship as every graph-returning route sends it. `source`/`target` are node ids. */
export interface EdgeDto {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
}

export interface GraphDto {
  nodes: NodeDto[];
  edges: EdgeDto[];
}

/** One quote from an article that supports a relationship; `quote === article.text.slice(start, end)`. */
export interface EvidenceDto {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  /** Index of the sentence of the article that contains `start`. */
  sentenceIndex: number;
}

export type Direction = 'in' | 'out' | 'both';

export interface HealthDto {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version: string | null; error?: string };
}

/** GET /api/capabilities: the access mode, what needs the token, and the query limits. */
export interface CapabilitiesDto {
  accessMode: 'local' | 'shared';
  /** `token`: send "Authorization: Bearer <token>" to create, change or delete saved queries. */
  editSavedQueries: 'anyone' | 'token';
  /** `token`: POST /api/cypher needs the token; saved queries still run for anyone. */
  adhocCypher: 'anyone' | 'token';
  limits: { timeoutMs: number; rowLimit: number; maxConcurrent: number; maxPerClient: number };
}

export interface SchemaDto {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

export interface SearchHitDto {
  node: NodeDto;
  score: number;
}

export interface SearchResultDto {
  query: string;
  hits: SearchHitDto[];
}

export interface NeighbourCountDto {
  type: string;
  direction: 'in' | 'out';
  count: number;
}

export interface MentionDto {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
}

export interface NodeDetailsDto {
  node: NodeDto;
  /** Evidence of the relationships that touch the node (up to 200): one entry per relationship and quote. */
  evidence: (EvidenceDto & { relationshipId: string })[];
  /** Places where the text names the entity by one of its aliases. */
  mentions: MentionDto[];
  neighbourCounts: NeighbourCountDto[];
}

/** Neighbour nodes come without `articleIds` (it can list thousands); GET /api/nodes/:id has it. */
export interface NeighboursDto extends GraphDto {
  /** Number of relationships matching the filter, counted from the degree store where possible. */
  total: number;
  truncated: boolean;
  limit: number;
  offset: number;
}

/**
 * The relationships among the nodes on a canvas that touch a newly added
 * node (POST /api/relationships/among). At most `limit` come back; `total`
 * says how many exist, so a client can say how many it did not draw.
 */
export interface RelationshipsAmongDto {
  edges: EdgeDto[];
  total: number;
  truncated: boolean;
  limit: number;
}

export interface RelationshipDetailsDto {
  edge: EdgeDto;
  source: NodeDto;
  target: NodeDto;
  evidence: EvidenceDto[];
}

/** Path nodes come without `articleIds`, as on neighbour pages; GET /api/nodes/:id has it. */
export interface PathsDto extends GraphDto {
  /** Each path as the ordered list of edge ids it walks. */
  paths: { nodeIds: string[]; edgeIds: string[] }[];
  length: number | null;
}

export interface ArticleSummaryDto {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
  sentenceCount: number;
}

export interface SentenceDto {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Ids of the relationships for which this sentence holds evidence. */
  relationshipIds: string[];
}

export interface ArticleDto extends ArticleSummaryDto {
  text: string;
  sentences: SentenceDto[];
}

export type QueryParameterType = 'string' | 'integer' | 'float' | 'boolean' | 'node-id';

export interface QueryParameterDto {
  name: string;
  type: QueryParameterType;
  default?: string | number | boolean | null;
  description?: string;
}

export interface SavedQueryDto {
  id: string;
  name: string;
  description: string;
  cypher: string;
  parameters: QueryParameterDto[];
  tags: string[];
  /** Optimistic-locking version: an update must send the version it read. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CypherResultDto {
  columns: string[];
  rows: PropertyValue[][];
  graph: GraphDto;
  summary: { ms: number; truncated: boolean; rowCount: number };
}

/**
 * `json` is this API's own graph shape; `cytoscape` and `graphology` are those
 * libraries' JSON formats; `csv` is a zip in neo4j-admin import form; `ftm`
 * is FollowTheMoney entities, one JSON object a line.
 */
export type ExportFormat =
  'json' | 'cytoscape' | 'graphology' | 'graphml' | 'csv' | 'cypher' | 'ftm';

export interface ApiErrorDto {
  error: {
    code: string;
    message: string;
    /** For Cypher errors: where in the query the problem is. */
    position?: { offset: number; line: number; column: number };
    details?: unknown;
  };
}
