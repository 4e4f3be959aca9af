import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client and falls back to index.html for client-side
 * routes. Without a build it says how to make one instead of a bare 404.
 */
export function clientAssets(clientDist: string): Router {
  const router = express.Router();
  const indexFile = path.join(clientDist, 'index.html');
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/api\/).*/, (_request, response) => {
    if (existsSync(indexFile)) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexFile);
      return;
    }
    response
      .status(503)
      .type('text/plain')
      .send(
        `The client is not built yet (${indexFile} is missing). Run \`npm run build\` or \`npm start\`.\n`,
      );
  });
  return router;
}
