import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import express, { type Request, type Response, type Router } from 'express';

/** Vite writes content-hashed file names under assets/: they never change, so caches may keep them. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt']);

type Encoding = 'br' | 'gzip';
interface Compressed {
  mtimeMs: number;
  bodies: Partial<Record<Encoding, Buffer>>;
}

const compress = (encoding: Encoding, body: Buffer): Buffer =>
  encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 9 });

/**
 * Serves a compressible file brotli- or gzip-encoded when the client accepts
 * it. Each file is compressed once per version (mtime) and kept in memory:
 * the client build is a handful of files, and compressing per request would
 * cost more CPU than the bytes it saves.
 */
function compressedFiles(clientDist: string) {
  const cache = new Map<string, Compressed>();
  return async (request: Request, response: Response, next: () => void): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.join(clientDist, path.normalize(decodeURIComponent(request.path)));
    } catch {
      return next(); // a malformed escape; express.static answers it
    }
    if (!file.startsWith(clientDist + path.sep) || !COMPRESSIBLE.has(path.extname(file)))
      return next();
    // Brotli when accepted at all (it is smaller), else gzip; no header means plain.
    const encoding = !request.headers['accept-encoding']
      ? false
      : request.acceptsEncodings('br') === 'br'
        ? 'br'
        : request.acceptsEncodings('gzip');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || (encoding !== 'br' && encoding !== 'gzip')) return next();
    let entry = cache.get(file);
    if (entry?.mtimeMs !== info.mtimeMs) {
      entry = { mtimeMs: info.mtimeMs, bodies: {} };
      cache.set(file, entry);
    }
    const body = (entry.bodies[encoding] ??= compress(encoding, await readFile(file)));
    response
      .status(200)
      .type(path.extname(file))
      .setHeader('Content-Encoding', encoding)
      .setHeader('Vary', 'Accept-Encoding')
      .setHeader('Cache-Control', HASHED.test(request.path) ? IMMUTABLE : 'no-cache')
      .setHeader('Content-Length', String(body.length));
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Serves the built client and falls back to index.html for client-side
 * routes. Hashed assets are cached for a year as immutable, everything else
 * is revalidated; text is sent compressed. Without a build it says how to
 * make one instead of a bare 404.
 */
export function clientAssets(clientDist: string): Router {
  const router = express.Router();
  const root = path.resolve(clientDist);
  const indexFile = path.join(root, 'index.html');
  const compressed = compressedFiles(root);
  router.use((request, response, next) => {
    compressed(request, response, next).catch(next);
  });
  router.use(
    express.static(root, {
      index: false,
      setHeaders: (response, file) => {
        const relative = `/${path.relative(root, file).split(path.sep).join('/')}`;
        response.setHeader('Cache-Control', HASHED.test(relative) ? IMMUTABLE : 'no-cache');
      },
    }),
  );
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
