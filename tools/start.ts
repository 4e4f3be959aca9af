/**
 * `npm start`: the whole app on one machine (run compiled, through
 * tools/launch.mjs). Starts the local `dev` Neo4j when
 * NEO4J_URI points at it (otherwise uses the Neo4j it names), seeds it
 * idempotently, builds the client when its sources changed (while Neo4j
 * starts), then serves the app and the API on http://localhost:3000.
 */
import { loadConfig, usesLocalLauncher } from '../server/src/config.ts';
import { startInstance } from './neo4j/launcher.ts';
import { buildClientIfStale, clientBuildIsStale } from './clientBuild.ts';

const log = (line: string): void => console.log(`[start] ${line}`);

/**
 * Work that needs no database: building the client if it changed, loading the
 * server's modules, and reading and validating the articles. It starts once
 * Java is spawned, so it overlaps Neo4j's start without delaying the spawn.
 * (The catches only park a failure until the awaits in main report it.)
 */
function loadWithoutDatabase() {
  const seeder = import('./startSeed.ts');
  const articles = seeder.then((module) => module.loadArticleFolders());
  const serverModules = import('../server/src/index.ts');
  log(clientBuildIsStale() ? 'Building the client…' : 'The client build is up to date.');
  const clientBuild = buildClientIfStale();
  for (const pending of [articles, serverModules, clientBuild]) pending.catch(() => undefined);
  return { seeder, articles, serverModules, clientBuild };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let loading: ReturnType<typeof loadWithoutDatabase> | undefined;
  const startLoading = (): ReturnType<typeof loadWithoutDatabase> =>
    (loading ??= loadWithoutDatabase());
  if (usesLocalLauncher(config)) {
    await startInstance('dev', { log, onSpawned: startLoading });
  } else {
    startLoading();
    log(`NEO4J_URI is ${config.neo4j.uri}: using that Neo4j, not the local launcher.`);
  }
  const { seeder, articles, serverModules, clientBuild } = startLoading();

  log('Seeding the article graph (unchanged articles are skipped)…');
  await (await seeder).seedArticleFolders(await articles, (line) => log(line));

  await clientBuild;
  await serverModules;
  await import('../server/src/main.ts');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
