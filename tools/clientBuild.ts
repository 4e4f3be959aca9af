import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const clientDir = path.resolve(import.meta.dirname, '..', 'client');
export const CLIENT_DIST = path.join(clientDir, 'dist');

function newestChange(target: string): number {
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(target).map((name) => newestChange(path.join(target, name))),
  );
}

/**
 * Builds client/dist when its sources are newer than the last build: the
 * server serves the built client, so browser tests and benchmarks need it
 * current. Returns whether it built.
 */
export function buildClientIfStale(): boolean {
  const built = path.join(CLIENT_DIST, 'index.html');
  const sources = [
    path.join(clientDir, 'src'),
    path.join(clientDir, 'index.html'),
    path.join(clientDir, 'vite.config.ts'),
    // A change to how the client is built (below) makes the last build stale too.
    import.meta.filename,
    // The client bundles the shared model's vocabulary and schemas.
    path.join(clientDir, '..', 'model', 'src'),
  ];
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestChange)))
    return false;
  // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it inherits: React's development
  // build (StrictMode running every effect twice, 1.40 MB instead of 1.17 MB) would then be
  // what the browser tests and benchmarks drive. They are meant to drive the production bundle.
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: clientDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error('Building the client (npx vite build in client/) failed.');
  return true;
}
