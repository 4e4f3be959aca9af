import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { createDriver } from './graph/driver.ts';
import { createNeo4jRepository } from './graph/repository.ts';
import { createLogger } from './logger.ts';
import { prepareDatabaseInBackground } from './services/prepareDatabase.ts';

export { createApp } from './app.ts';
export { loadConfig, usesLocalLauncher, type Config } from './config.ts';
export type * from './contract.ts';

export interface RunningServer {
  url: string;
  config: Config;
  /** Resolves once the saved-query store is ready (it retries while Neo4j is down). */
  prepared: Promise<void>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the driver. */
  close(): Promise<void>;
}

/** Opens the driver and listens. Used by main.ts, `npm start` and the end-to-end tests. */
export async function startServer(overrides: Partial<Config> = {}): Promise<RunningServer> {
  const config: Config = { ...loadConfig(), ...overrides };
  const logger = createLogger(config.logLevel);
  const driver = createDriver(config.neo4j);
  const repository = createNeo4jRepository(driver, { database: config.neo4j.database });
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

  return {
    url,
    config,
    prepared,
    close: async () => {
      stopPreparing.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await driver.close();
    },
  };
}
