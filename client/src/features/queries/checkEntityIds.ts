import type { ExplorerApi } from '../../api/explorerApi.ts';
import { ApiError } from '../../api/http.ts';
import type { QueryParameterDto } from '../../api/types.ts';
import type { QueryParams } from '../../api/explorerApi.ts';

/**
 * Asks the server whether each node-id parameter names an entity, before
 * the query runs: a wrong id would otherwise just give an empty result.
 * Resolves to an error per parameter that names none (empty when all do).
 */
export async function checkEntityIds(
  api: Pick<ExplorerApi, 'node'>,
  parameters: readonly QueryParameterDto[],
  params: QueryParams,
): Promise<Record<string, string>> {
  const checks = parameters
    .filter((parameter) => parameter.type === 'node-id')
    .map(async ({ name }): Promise<[string, string] | null> => {
      const value = params[name];
      if (typeof value !== 'string' || value === '') return null;
      try {
        await api.node(value);
        return null;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return [
            name,
            `No entity has the id "${value}". Type part of a name and pick a suggestion, or use the selected entity.`,
          ];
        }
        return null; // Another failure: let the run itself report it.
      }
    });
  const found = await Promise.all(checks);
  return Object.fromEntries(found.filter((entry) => entry !== null));
}
