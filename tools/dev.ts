/**
 * `npm run dev`: the local Neo4j (when NEO4J_URI points at it), the server in
 * watch mode on :3000, and Vite with hot reload on :5173 proxying /api to it.
 * Ctrl+C stops both processes; Neo4j keeps running (`npm run db:stop`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig, usesLocalLauncher } from '../server/src/config.ts';
import { startInstance } from './neo4j/launcher.ts';
import { REPO_ROOT } from './neo4j/paths.ts';

const log = (line: string): void => console.log(`[dev] ${line}`);

async function main(): Promise<void> {
  if (usesLocalLauncher(loadConfig())) await startInstance('dev', { log });
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/main.ts'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    }),
    spawn('npm', ['run', 'dev', '-w', 'client'], { cwd: REPO_ROOT, stdio: 'inherit' }),
  ];
  log('server on http://localhost:3000, client with hot reload on http://localhost:5173');
  const stop = (): void => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) child.on('exit', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
