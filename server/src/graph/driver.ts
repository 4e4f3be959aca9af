import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

/**
 * One driver per process. Timeouts are short on purpose: when Neo4j is down
 * the API must answer 503 quickly instead of queueing requests, and the
 * driver's pool reconnects by itself once Neo4j is back.
 */
export function createDriver(config: Config['neo4j']): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 2000,
    connectionAcquisitionTimeout: 3000,
    // No retry loop: during an outage the API should answer 503 at once, not after backoff.
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: 64,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
}
