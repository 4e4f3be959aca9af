import type { Logger } from 'pino';
import { overviewQuery } from '@newsgraph/model';
import { NotFoundError } from '../domain/errors.ts';
import type { ExplorerRepository } from '../graph/port.ts';

/** An id no entity or relationship has: the lookups below plan their statements and find nothing. */
const NO_SUCH_ID = '\u0000plan-warm-up';

/**
 * Reads whose first run on a just-started Neo4j is mostly planning. Looking
 * a relationship up by id is a UNION with one index seek per relationship
 * type (29 on the article): its first run took 9.3 s at load 7 on 2 cores,
 * 86 ms the second time, and a request for it answered 504 after the
 * 15 s explore limit in a full test run at load 11. The start view's
 * overview is what every first visit asks for.
 */
const WARM_UPS: { name: string; run: (repository: ExplorerRepository) => Promise<unknown> }[] = [
  { name: 'overview', run: (r) => r.overview(overviewQuery.parse({})) },
  { name: 'relationship by id', run: (r) => r.relationship({ relationshipId: NO_SUCH_ID }) },
  { name: 'node details', run: (r) => r.nodeDetails({ nodeId: NO_SUCH_ID }) },
];

/**
 * Runs each warm-up read once, so that Neo4j's plan cache holds them before
 * a user asks. A warm-up that fails is logged and skipped: it only costs
 * the first user a slower answer.
 */
export async function warmQueryPlans(
  repository: ExplorerRepository,
  logger: Pick<Logger, 'info' | 'warn'>,
): Promise<void> {
  const timings: Record<string, number> = {};
  for (const { name, run } of WARM_UPS) {
    const started = performance.now();
    try {
      await run(repository);
    } catch (error) {
      if (!(error instanceof NotFoundError)) {
        logger.warn({ warmUp: name, reason: String(error) }, 'could not warm a query plan');
        continue;
      }
    }
    timings[name] = Math.round(performance.now() - started);
  }
  logger.info({ ms: timings }, 'query plans warmed');
}
