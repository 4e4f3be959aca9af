import type { Logger } from 'pino';
import type { ExplorerRepository } from '../graph/port.ts';
import { STARTER_QUERIES } from './starterQueries.ts';
import { warmQueryPlans } from './warmQueryPlans.ts';

/**
 * Creates the saved-query constraint and the starter library, then warms
 * the plans of the reads a first visit needs (warmQueryPlans.ts). The server
 * must come up even when Neo4j is down, so this retries in the background
 * until it succeeds or the server stops.
 */
export function prepareDatabaseInBackground(
  repository: ExplorerRepository,
  logger: Pick<Logger, 'info' | 'warn'>,
  signal: AbortSignal,
): Promise<void> {
  const attempt = async (delayMs: number): Promise<void> => {
    if (signal.aborted) return;
    try {
      await repository.savedQueries.ensureSchema();
      await repository.savedQueries.seedStarters(STARTER_QUERIES);
      logger.info({ starterQueries: STARTER_QUERIES.length }, 'saved-query store ready');
      await warmQueryPlans(repository, logger);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(
        { reason, retryInMs: delayMs },
        'could not prepare the saved-query store yet; retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
      return attempt(Math.min(delayMs * 2, 30_000));
    }
  };
  return attempt(1000);
}
