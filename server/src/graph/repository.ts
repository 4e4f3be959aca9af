import type { Driver } from 'neo4j-driver';
import type {
  ArticleDto,
  ArticleSummaryDto,
  CypherResultDto,
  Direction,
  GraphDto,
  HealthDto,
  NeighboursDto,
  NodeDetailsDto,
  PathsDto,
  RelationshipDetailsDto,
  RelationshipsAmongDto,
  SchemaDto,
  SearchResultDto,
} from '@newsgraph/model';
import { createAmongQueries, type RelationshipsAmongRequest } from './among.ts';
import { createCatalogQueries } from './catalog.ts';
import type { CypherGate } from './cypherGate.ts';
import type { RunRegistry } from './runRegistry.ts';
import { runReadOnlyCypher } from './cypherRunner.ts';
import { createReadOnlyVerdicts } from './readOnlyVerdicts.ts';
import { createExploreQueries } from './explore.ts';
import { checkHealth } from './health.ts';
import { createSavedQueryStore, type SavedQueryStore } from './savedQueryStore.ts';
import { SchemaCache } from './schemaCache.ts';

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
  overview(request: { limit: number }): Promise<GraphDto>;
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
}

export interface RepositoryOptions {
  database: string | undefined;
  /** Time limit of the server's own read queries; user Cypher brings its own. */
  timeoutMs: number;
  registry: RunRegistry;
  gate: CypherGate;
  /** Longest user Cypher waits for a slot before 503. */
  queueWaitMs: number;
}

export function createNeo4jRepository(
  driver: Driver,
  options: RepositoryOptions,
): ExplorerRepository {
  const session = {
    database: options.database,
    timeoutMs: options.timeoutMs,
    registry: options.registry,
  };
  const schemaCache = new SchemaCache(driver, session);
  const context = {
    verdicts: createReadOnlyVerdicts(),
    gate: options.gate,
    registry: options.registry,
    queueWaitMs: options.queueWaitMs,
  };
  return {
    health: () => checkHealth(driver, options.database),
    ...createCatalogQueries(driver, session, schemaCache),
    ...createExploreQueries(driver, session, schemaCache),
    ...createAmongQueries(driver, session),
    runReadOnlyCypher: (request) => runReadOnlyCypher(driver, session, request, context),
    savedQueries: createSavedQueryStore(driver, session),
  };
}
