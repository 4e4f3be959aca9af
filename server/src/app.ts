import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.ts';
import type { CapabilitiesDto } from '@newsgraph/model';
import type { ExplorerRepository } from './graph/port.ts';
import { clientAssets } from './http/clientAssets.ts';
import { createErrorHandler, notFoundHandler } from './http/errorHandler.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import { cypherRateLimit } from './http/rateLimit.ts';
import { ApiRegistry } from './http/registry.ts';
import { requestId } from './http/requestId.ts';
import { CACHED_OPERATIONS } from './http/responseCache/cachedOperations.ts';
import { ResponseCache } from './http/responseCache/responseCache.ts';
import { registerExploreRoutes } from './http/routes/explore.ts';
import { registerMetaRoutes } from './http/routes/meta.ts';
import { registerAuthoringRoutes } from './http/routes/authoring.ts';
import { registerMergeRoutes } from './http/routes/merge.ts';
import { registerQueryRoutes } from './http/routes/queries.ts';
import { corsPolicy, securityHeaders } from './http/security.ts';
import { detectWriteAccess, requireWriteToken, writeAccessOf } from './http/writeAuth.ts';
import { createAuthoringService } from './services/authoring/service.ts';
import { createMergeService } from './services/authoring/merge.ts';
import { createSavedQueryService } from './services/savedQueries.ts';

export interface AppDependencies {
  config: Config;
  repository: ExplorerRepository;
  logger: Logger;
}

export const API_VERSION = '1.0.0';

function requestLogger(logger: Logger) {
  return pinoHttp({
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
  });
}

/** What the client may offer each user, from the access settings. */
function capabilitiesOf(config: Config): Omit<CapabilitiesDto, 'editArticles'> {
  const tokenSet = config.writeToken !== undefined;
  return {
    accessMode: config.access.mode,
    editSavedQueries: tokenSet ? 'token' : 'anyone',
    adhocCypher:
      config.access.mode === 'shared' && config.access.adhocCypher === 'token' ? 'token' : 'anyone',
    limits: {
      timeoutMs: config.cypher.timeoutMs,
      rowLimit: config.cypher.rowLimit,
      maxConcurrent: config.cypher.maxConcurrent,
      maxPerClient: config.cypher.maxPerClient,
    },
  };
}

/** Builds the Express app. It never listens: main.ts does, and tests drive it with supertest. */
export function createApp({ config, repository, logger }: AppDependencies): Express {
  const limits = { timeoutMs: config.cypher.timeoutMs, rowLimit: config.cypher.rowLimit };
  const cache = new ResponseCache({
    maxBytes: config.responseCacheBytes,
    revision: () => repository.graphRevision(),
  });
  const api = new ApiRegistry({ cache, operations: CACHED_OPERATIONS });
  let openApiDocument: Record<string, unknown> = {};
  registerMetaRoutes(
    api,
    repository,
    () => openApiDocument,
    capabilitiesOf(config),
    writeAccessOf(config.writeToken),
  );
  registerExploreRoutes(api, repository);
  registerQueryRoutes(api, {
    repository,
    savedQueries: createSavedQueryService(repository, limits),
    limits,
    writeGuard: requireWriteToken(config.writeToken),
    writesNeedToken: config.writeToken !== undefined,
    cypherGuard:
      config.access.mode === 'shared' && config.access.adhocCypher === 'token'
        ? [requireWriteToken(config.writeToken, 'Running ad-hoc Cypher on this shared server')]
        : [],
    rateLimit: cypherRateLimit(config.rateLimitPerMinute),
  });
  registerAuthoringRoutes(api, {
    authoring: createAuthoringService(repository.articleDocuments),
    writeGuard: requireWriteToken(config.writeToken, 'Editing articles'),
    detectWriteAccess: detectWriteAccess(config.writeToken),
    writesNeedToken: config.writeToken !== undefined,
    author: config.writeToken === undefined ? 'local' : config.writeTokenLabel,
  });
  registerMergeRoutes(api, {
    merges: createMergeService(repository.merges),
    writeGuard: requireWriteToken(config.writeToken, 'Merging entities'),
    writesNeedToken: config.writeToken !== undefined,
    author: config.writeToken === undefined ? 'local' : config.writeTokenLabel,
  });
  openApiDocument = buildOpenApiDocument(api, API_VERSION);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  const cors = corsPolicy(config.corsOrigins);
  if (cors) app.use('/api', cors);
  app.use('/api', express.json({ limit: config.bodyLimit }));

  app.use('/api', api.router());
  app.use('/api', notFoundHandler);

  app.use(clientAssets(config.clientDist));
  app.use(createErrorHandler(logger));
  return app;
}
