import { spawn } from 'node:child_process';
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

/** True when client/dist is missing or older than anything it is built from. */
export function clientBuildIsStale(): boolean {
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
  return !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestChange));
}

/**
 * Builds client/dist when its sources are newer than the last build: the
 * server serves the built client, so `npm start`, browser tests and
 * benchmarks need it current. Returns whether it built. Asynchronous, so
 * that `npm start` builds while Neo4j starts, with its event loop free.
 */
export async function buildClientIfStale(): Promise<boolean> {
  if (!clientBuildIsStale()) return false;
  // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it inherits: React's development
  // build (StrictMode running every effect twice, 1.40 MB instead of 1.17 MB) would then be
  // what the browser tests and benchmarks drive. They are meant to drive the production bundle.
  const child = spawn('npx', ['vite', 'build'], {
    cwd: clientDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  if (exitCode !== 0) throw new Error('Building the client (npx vite build in client/) failed.');
  return true;
}
