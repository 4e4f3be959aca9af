import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { assertAccessSettings, loadConfig, type Config } from './config.ts';
import { CypherGate } from './graph/cypherGate.ts';
import { createDriver } from './graph/driver.ts';
import { createNeo4jRepository } from './graph/repository.ts';
import { RunRegistry } from './graph/runRegistry.ts';
import { createLogger } from './logger.ts';
import { prepareDatabaseInBackground } from './services/prepareDatabase.ts';

export { createApp } from './app.ts';
export { loadConfig, usesLocalLauncher, type Config } from './config.ts';
export type * from '@newsgraph/model';

export interface RunningServer {
  url: string;
  config: Config;
  /** Resolves once the saved-query store is ready (it retries while Neo4j is down). */
  prepared: Promise<void>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the driver. */
  close(): Promise<void>;
}

/** Settings to override; `cypher` may name only the limits it changes. */
export type ConfigOverrides = Partial<Omit<Config, 'cypher'>> & {
  cypher?: Partial<Config['cypher']>;
};

/** Resolves with the promise's outcome, or after `ms` regardless, so shutdown has a bound. */
function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([
    promise.then(
      () => undefined,
      () => undefined,
    ),
    bound,
  ]).finally(() => clearTimeout(timer));
}

/** Opens the driver and listens. Used by main.ts, `npm start` and the end-to-end tests. */
export async function startServer(overrides: ConfigOverrides = {}): Promise<RunningServer> {
  const loaded = loadConfig();
  const config: Config = {
    ...loaded,
    ...overrides,
    cypher: { ...loaded.cypher, ...overrides.cypher },
  };
  assertAccessSettings(config);
  const logger = createLogger(config.logLevel);
  const driver = createDriver(config.neo4j);
  const registry = new RunRegistry(driver, { database: config.neo4j.database }, logger);
  const gate = new CypherGate({
    maxConcurrent: config.cypher.maxConcurrent,
    maxPerClient: config.cypher.maxPerClient,
    maxQueued: config.cypher.maxConcurrent * 4,
  });
  const repository = createNeo4jRepository(driver, {
    database: config.neo4j.database,
    timeoutMs: config.exploreTimeoutMs,
    registry,
    gate,
    queueWaitMs: config.cypher.queueWaitMs,
  });
  const app = createApp({ config, repository, logger });
  const stopPreparing = new AbortController();
  const prepared = prepareDatabaseInBackground(repository, logger, stopPreparing.signal);

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url, neo4j: config.neo4j.uri }, 'Newsgraph Explorer is listening');
  if (config.writeToken === undefined) {
    logger.warn(
      'EXPLORER_WRITE_TOKEN is not set: local single-user mode, anyone who can reach the API may edit saved queries.',
    );
  }
  logger.info({ access: config.access }, `access mode: ${config.access.mode}`);

  return {
    url,
    config,
    prepared,
    // Bounded: a query Neo4j cannot interrupt must not keep the process alive.
    close: async () => {
      stopPreparing.abort();
      registry.stopWatchdog();
      const closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await within(closing, config.shutdownTimeoutMs);
      server.closeAllConnections();
      await within(driver.close(), Math.max(1000, config.shutdownTimeoutMs / 2));
    },
  };
}
