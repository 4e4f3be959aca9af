/**
 * `npm start`: the whole app on one machine. Starts the local `dev` Neo4j when
 * NEO4J_URI points at it (otherwise uses the Neo4j it names), seeds it
 * idempotently, builds the client when its sources changed, then serves the
 * app and the API on http://localhost:3000.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, usesLocalLauncher } from '../server/src/config.ts';
import { startInstance } from './neo4j/launcher.ts';
import { REPO_ROOT } from './neo4j/paths.ts';
import { isStale } from './staleness.ts';

const log = (line: string): void => console.log(`[start] ${line}`);

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: REPO_ROOT });
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status ?? 'signal'}); see the output above.`);
}

async function main(): Promise<void> {
  // Loading the seeder's and the server's modules takes seconds on a busy
  // machine; it runs while Neo4j starts, instead of after. (The catch only
  // parks a failure until the awaits below report it.)
  const seeder = import('./startSeed.ts');
  const serverModules = import('../server/src/index.ts');
  seeder.catch(() => undefined);
  serverModules.catch(() => undefined);
  const config = loadConfig();
  if (usesLocalLauncher(config)) {
    await startInstance('dev', { log });
  } else {
    log(`NEO4J_URI is ${config.neo4j.uri}: using that Neo4j, not the local launcher.`);
  }

  log('Seeding the article graph (unchanged articles are skipped)…');
  await (await seeder).seedArticleFolders((line) => log(line));

  const clientDir = path.join(REPO_ROOT, 'client');
  if (existsSync(path.join(clientDir, 'index.html'))) {
    const builtIndex = path.join(clientDir, 'dist', 'index.html');
    const sources = [
      path.join(clientDir, 'src'),
      path.join(clientDir, 'index.html'),
      path.join(REPO_ROOT, 'model', 'src'),
    ];
    if (isStale(builtIndex, sources)) {
      log('Building the client…');
      run('npm', ['run', 'build', '-w', 'client'], 'Building the client');
    } else {
      log('The client build is up to date.');
    }
  }

  await serverModules;
  await import('../server/src/main.ts');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
