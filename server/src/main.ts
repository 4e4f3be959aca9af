/** The server's only entry point with side effects: listen, and shut down gracefully on SIGTERM/SIGINT. */
import { startServer } from './index.ts';

try {
  const server = await startServer();
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}; finishing in-flight requests…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // close() has its own bounds; this is the backstop if something else hangs.
    setTimeout(() => process.exit(1), server.config.shutdownTimeoutMs * 2 + 2000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
