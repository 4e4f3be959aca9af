import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { ExplorerRepository } from './graph/repository.ts';
import { clientAssets } from './http/clientAssets.ts';
import { createErrorHandler, notFoundHandler } from './http/errorHandler.ts';
import { healthRouter } from './http/healthRouter.ts';
import { requestId } from './http/requestId.ts';
import { corsPolicy, securityHeaders } from './http/security.ts';

export interface AppDependencies {
  config: Config;
  repository: ExplorerRepository;
  logger: Logger;
}

/** Builds the Express app. It never listens: main.ts does, and tests drive it with supertest. */
export function createApp({ config, repository, logger }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      // One short line per request: no headers, so no credentials can reach the log.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error !== undefined || response.statusCode >= 500 ? 'error' : 'info',
    }),
  );
  app.use(securityHeaders());
  const cors = corsPolicy(config.corsOrigins);
  if (cors) app.use('/api', cors);
  app.use('/api', express.json({ limit: config.bodyLimit }));

  app.use('/api', healthRouter(repository));
  app.use('/api', notFoundHandler);

  app.use(clientAssets(config.clientDist));
  app.use(createErrorHandler(logger));
  return app;
}
