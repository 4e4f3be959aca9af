/**
 * The port between use cases and the database, in its own file so that
 * the adapter (repository.ts) and the use cases it wires (explore/,
 * cypherRunner.ts) both depend on it and not on each other.
 */
import type {
  ArticleDto,
  ArticleSummaryDto,
  CypherResultDto,
  Direction,
  EntityGraphDto,
  GraphDto,
  HealthDto,
  NeighboursDto,
  NodeDetailsDto,
  PathsDto,
  PeriodGraphDto,
  RelationshipDetailsDto,
  RelationshipsAmongDto,
  SchemaDto,
  SearchResultDto,
} from '@newsgraph/model';
import type { RelationshipsAmongRequest } from './among.ts';
import type { ArticleDocumentStore } from './articleDocumentStore.ts';
import type { MergeStore } from './mergeStore.ts';
import type { PeriodRequest } from './explore/period.ts';
import type { SavedQueryStore } from './savedQueryStore.ts';

export interface NeighbourRequest {
  nodeId: string;
  /** Relationship type to follow; checked against the schema before it reaches Cypher. */
  type: string | undefined;
  direction: Direction;
  limit: number;
  offset: number;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  rowLimit: number;
  /** Who asks (the client's address); the pool limits each client's share of slots. */
  clientKey?: string;
}

/**
 * The port between use cases and the database: one method per use case,
 * each taking a named request object. Only the graph/ folder implements it,
 * and only graph/ contains Cypher.
 */
export interface ExplorerRepository {
  health(): Promise<HealthDto['neo4j']>;
  schema(): Promise<SchemaDto>;
  search(request: { query: string; limit: number }): Promise<SearchResultDto>;
  overview(request: { limit: number }): Promise<EntityGraphDto>;
  /** Dated relationships whose date falls in a day range (ends inclusive, undefined = open). */
  relationshipsInPeriod(request: PeriodRequest): Promise<PeriodGraphDto>;
  nodeDetails(request: { nodeId: string }): Promise<NodeDetailsDto>;
  neighbours(request: NeighbourRequest): Promise<NeighboursDto>;
  relationship(request: { relationshipId: string }): Promise<RelationshipDetailsDto>;
  relationshipsAmong(request: RelationshipsAmongRequest): Promise<RelationshipsAmongDto>;
  shortestPaths(request: { fromId: string; toId: string; maxHops: number }): Promise<PathsDto>;
  listArticles(): Promise<ArticleSummaryDto[]>;
  article(request: { articleId: string }): Promise<ArticleDto>;
  runReadOnlyCypher(request: CypherRequest): Promise<CypherResultDto>;
  subgraph(request: { nodeIds: string[]; edgeIds: string[] | undefined }): Promise<GraphDto>;
  savedQueries: SavedQueryStore;
  /** Article documents and their history: the authoring API's store. */
  articleDocuments: ArticleDocumentStore;
  /** Entity merges across article documents, and where a merged id leads. */
  merges: MergeStore;
  /** The graph revision now (seed/src/revision.ts): what the response cache keys on. */
  graphRevision(): Promise<number>;
}
