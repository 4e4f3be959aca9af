import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../domain/errors.ts';
import type { ExplorerRepository } from '../graph/port.ts';
import { warmQueryPlans } from './warmQueryPlans.ts';

/** Only what the warm-up calls; the real reads run against Neo4j in the integration suite. */
function recordingRepository(failOverview: boolean) {
  const calls: string[] = [];
  const repository = {
    overview: ({ limit }: { limit: number }) => {
      calls.push(`overview ${String(limit)}`);
      return failOverview ? Promise.reject(new Error('Neo4j is down')) : Promise.resolve({});
    },
    relationship: ({ relationshipId }: { relationshipId: string }) => {
      calls.push(`relationship ${JSON.stringify(relationshipId)}`);
      return Promise.reject(new NotFoundError('no such relationship'));
    },
    nodeDetails: ({ nodeId }: { nodeId: string }) => {
      calls.push(`node ${JSON.stringify(nodeId)}`);
      return Promise.reject(new NotFoundError('no such node'));
    },
  } as unknown as ExplorerRepository;
  return { calls, repository };
}

describe('warmQueryPlans', () => {
  it('runs the start view’s overview and the by-id lookups once, with an id nothing has', async () => {
    const { calls, repository } = recordingRepository(false);
    const logged: unknown[] = [];
    await warmQueryPlans(repository, {
      info: (fields: unknown) => logged.push(fields),
      warn: (fields: unknown) => logged.push(['warn', fields]),
    } as never);
    expect(calls).toStrictEqual([
      'overview 300',
      'relationship "\\u0000plan-warm-up"',
      'node "\\u0000plan-warm-up"',
    ]);
    // "Not found" is what a warm-up lookup expects: timed, not warned about.
    expect(logged).toHaveLength(1);
    expect(Object.keys((logged[0] as { ms: object }).ms)).toStrictEqual([
      'overview',
      'relationship by id',
      'node details',
    ]);
  });

  it('warns about a read that fails and still warms the others', async () => {
    const { calls, repository } = recordingRepository(true);
    const warnings: unknown[] = [];
    await warmQueryPlans(repository, {
      info: () => undefined,
      warn: (fields: unknown) => warnings.push(fields),
    } as never);
    expect(calls).toHaveLength(3);
    expect(warnings).toStrictEqual([{ warmUp: 'overview', reason: 'Error: Neo4j is down' }]);
  });
});
