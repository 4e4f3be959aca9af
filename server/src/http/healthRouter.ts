import { Router } from 'express';
import type { HealthDto } from '../contract.ts';
import type { ExplorerRepository } from '../graph/repository.ts';

export function healthRouter(repository: ExplorerRepository): Router {
  const router = Router();
  router.get('/health', async (_request, response) => {
    const neo4j = await repository.health();
    const body: HealthDto = { status: neo4j.connected ? 'ok' : 'unavailable', neo4j };
    response.status(neo4j.connected ? 200 : 503).json(body);
  });
  return router;
}
