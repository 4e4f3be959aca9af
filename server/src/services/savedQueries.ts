import type { CypherResultDto, SavedQueryDto } from '@newsgraph/model';
import type { ExplorerRepository } from '../graph/port.ts';
import type { SavedQueryInput } from '../graph/savedQueryStore.ts';
import { resolveParameters } from './queryParameters.ts';

export interface CypherLimits {
  timeoutMs: number;
  rowLimit: number;
}

/** Use cases around saved queries: the store does persistence, this does running. */
export function createSavedQueryService(repository: ExplorerRepository, limits: CypherLimits) {
  const store = repository.savedQueries;
  return {
    list: () => store.list(),
    get: (id: string) => store.get(id),
    create: (input: SavedQueryInput) => store.create(input),
    update: (id: string, version: number, input: SavedQueryInput): Promise<SavedQueryDto> =>
      store.update(id, version, input),
    remove: (id: string) => store.remove(id),

    /** Runs a saved query through the same read-only path as ad-hoc Cypher. */
    async run(
      id: string,
      supplied: Record<string, unknown>,
      clientKey?: string,
    ): Promise<CypherResultDto> {
      const query = await store.get(id);
      const params = resolveParameters(query.parameters, supplied);
      return repository.runReadOnlyCypher({
        cypher: query.cypher,
        params,
        ...limits,
        ...(clientKey === undefined ? {} : { clientKey }),
      });
    },
  };
}

export type SavedQueryService = ReturnType<typeof createSavedQueryService>;
