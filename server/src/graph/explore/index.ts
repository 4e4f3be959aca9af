/**
 * The explore use cases, one per file, each a function over a GraphReader.
 * This binds them to one reader for the repository.
 */
import type { ExplorerRepository } from '../port.ts';
import { nodeDetails } from './nodeDetails.ts';
import { neighbours } from './neighbours.ts';
import { overview } from './overview.ts';
import { relationshipsInPeriod } from './period.ts';
import type { GraphReader } from './reader.ts';
import { relationship } from './relationship.ts';
import { shortestPaths } from './shortestPaths.ts';
import { subgraph } from './subgraph.ts';

export { createGraphReader, type GraphReader } from './reader.ts';

type ExploreUseCases = Pick<
  ExplorerRepository,
  | 'nodeDetails'
  | 'neighbours'
  | 'relationship'
  | 'shortestPaths'
  | 'overview'
  | 'subgraph'
  | 'relationshipsInPeriod'
>;

export function createExploreQueries(read: GraphReader): ExploreUseCases {
  return {
    nodeDetails: (request) => nodeDetails(read, request),
    neighbours: (request) => neighbours(read, request),
    relationship: (request) => relationship(read, request),
    shortestPaths: (request) => shortestPaths(read, request),
    overview: (request) => overview(read, request),
    subgraph: (request) => subgraph(read, request),
    relationshipsInPeriod: (request) => relationshipsInPeriod(read, request),
  };
}
