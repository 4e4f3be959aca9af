/**
 * The operations whose answers the response cache keeps: reads of the
 * article graph and of saved queries, which change only through writers that
 * bump the graph revision. Not cached: ad-hoc Cypher (`runCypher`, anything
 * goes), health and capabilities (not the graph's), exports (files), and
 * every write.
 */
export const CACHED_OPERATIONS: ReadonlySet<string> = new Set([
  'getSchema',
  'search',
  'getOverview',
  'getNode',
  'getNeighbours',
  'getRelationship',
  'getRelationshipsAmong',
  'getShortestPaths',
  'listArticles',
  'getArticle',
  'listSavedQueries',
  'getSavedQuery',
  'runSavedQuery',
]);
