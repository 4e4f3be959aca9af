import type { Driver } from 'neo4j-driver';
import { createAmongQueries } from './among.ts';
import { createCatalogQueries } from './catalog.ts';
import type { CypherGate } from './cypherGate.ts';
import type { RunRegistry } from './runRegistry.ts';
import { runReadOnlyCypher } from './cypherRunner.ts';
import { createReadOnlyVerdicts } from './readOnlyVerdicts.ts';
import { createExploreQueries, createGraphReader } from './explore/index.ts';
import type { ExplorerRepository } from './port.ts';
import { checkHealth } from './health.ts';
import { coalescePerTurn, readGraphRevision } from './revision.ts';
import { createMergeStore } from './mergeStore.ts';
import { createArticleDocumentStore } from './articleDocumentStore.ts';
import { createSavedQueryStore } from './savedQueryStore.ts';
import { SchemaCache } from './schemaCache.ts';

export interface RepositoryOptions {
  database: string | undefined;
  /** Time limit of the server's own read queries; user Cypher brings its own. */
  timeoutMs: number;
  registry: RunRegistry;
  gate: CypherGate;
  /** Longest user Cypher waits for a slot before 503. */
  queueWaitMs: number;
}

export type { CypherRequest, ExplorerRepository, NeighbourRequest } from './port.ts';

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
    ...createExploreQueries(createGraphReader(driver, session, schemaCache)),
    ...createAmongQueries(driver, session),
    runReadOnlyCypher: (request) => runReadOnlyCypher(driver, session, request, context),
    savedQueries: createSavedQueryStore(driver, session),
    articleDocuments: createArticleDocumentStore(driver, session),
    merges: createMergeStore(driver, session),
    graphRevision: coalescePerTurn(() => readGraphRevision(driver, session)),
  };
}
