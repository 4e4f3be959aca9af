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
  SchemaDto,
  SearchResultDto,
} from '../contract.ts';
import { checkHealth } from './health.ts';

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
  shortestPaths(request: { fromId: string; toId: string; maxHops: number }): Promise<PathsDto>;
  listArticles(): Promise<ArticleSummaryDto[]>;
  article(request: { articleId: string }): Promise<ArticleDto>;
  runReadOnlyCypher(request: CypherRequest): Promise<CypherResultDto>;
  subgraph(request: { nodeIds: string[]; edgeIds: string[] | undefined }): Promise<GraphDto>;
}

export interface RepositoryOptions {
  database: string | undefined;
}

export function createNeo4jRepository(
  driver: Driver,
  options: RepositoryOptions,
): ExplorerRepository {
  const notYet = (name: string) => () =>
    Promise.reject(new Error(`${name} is not implemented yet`));
  return {
    health: () => checkHealth(driver, options.database),
    schema: notYet('schema'),
    search: notYet('search'),
    overview: notYet('overview'),
    nodeDetails: notYet('nodeDetails'),
    neighbours: notYet('neighbours'),
    relationship: notYet('relationship'),
    shortestPaths: notYet('shortestPaths'),
    listArticles: notYet('listArticles'),
    article: notYet('article'),
    runReadOnlyCypher: notYet('runReadOnlyCypher'),
    subgraph: notYet('subgraph'),
  };
}
