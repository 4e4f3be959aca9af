import type { Driver } from 'neo4j-driver';
import type { HealthDto } from '@newsgraph/model';

const HEALTH_TIMEOUT_MS = 1500;

/**
 * Asks Neo4j for its version, giving up after 1.5 s so that /api/health
 * answers quickly even when Neo4j hangs instead of refusing connections.
 */
export async function checkHealth(
  driver: Driver,
  database: string | undefined,
): Promise<HealthDto['neo4j']> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)),
      HEALTH_TIMEOUT_MS,
    );
  });
  try {
    const info = await Promise.race([driver.getServerInfo({ database }), timeout]);
    const version = info.agent?.replace(/^Neo4j\//, '') ?? null;
    return { connected: true, version };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { connected: false, version: null, error: reason.split('\n')[0] ?? reason };
  } finally {
    clearTimeout(timer);
  }
}
