/**
 * `npm run seed [-- options]`: validates every article folder, then seeds
 * Neo4j and prints a summary. See seed/README.md for the options.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { connectionFromEnvironment } from './config.ts';
import { SeedConflictError, SeedValidationError } from './errors.ts';
import { findArticleFolders, loadArticles } from './load.ts';
import { resetSeedData } from './maintenance.ts';
import { seedArticles } from './seed.ts';
import { appEditedArticles } from './storedState.ts';
import { formatSummary } from './summary.ts';

export const DEFAULT_ARTICLES_DIR = path.resolve(import.meta.dirname, '..', 'articles');

const USAGE = `Usage: npm run seed -- [options]
  --dir <path>     an article folder, or a folder of article folders (repeatable;
                   default: seed/articles)
  --check          validate and print the summary; do not touch Neo4j
  --fix-offsets    compute every evidence start/end from its quote and rewrite graph.json
  --reset          first delete everything the seeder owns (Entity, Article, Sentence nodes,
                   and the article documents and history that the app edits); refused while
                   any article was edited in the app, unless --force
  --force          write every article, even one whose content hash Neo4j already records
                   (after editing the graph by hand), and even one edited in the app since
                   (without it, such articles are skipped and listed)
  --help           show this help
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (defaults: the local dev instance).`;

const log = (line: string): void => console.log(`[seed] ${line}`);

async function fixOffsets(folders: string[]): Promise<number> {
  // Loaded only here: it needs prettier, a development tool absent from production installs.
  const { fixOffsetsInFolder } = await import('./fixOffsets.ts');
  let failed = 0;
  for (const folder of folders) {
    const result = await fixOffsetsInFolder(folder);
    for (const issue of result.issues)
      console.error(`${issue.file} ${issue.path}: ${issue.message}`);
    if (result.issues.length > 0) failed += 1;
    else
      log(
        `${result.file}: ${result.changed} evidence entr${result.changed === 1 ? 'y' : 'ies'} updated`,
      );
  }
  return failed === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', multiple: true },
      check: { type: 'boolean', default: false },
      'fix-offsets': { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const folders = await findArticleFolders(values.dir ?? [DEFAULT_ARTICLES_DIR]);
  if (folders.length === 0) throw new Error('No article folders (with a graph.json) were found.');
  if (values['fix-offsets']) return fixOffsets(folders);

  const loaded = await loadArticles(folders);
  const articles = loaded.map((item) => item.article);
  log(`${articles.length} article(s) valid: ${articles.map((a) => a.id).join(', ')}`);
  if (!values.check) {
    const connection = connectionFromEnvironment();
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
    );
    try {
      const database = connection.database;
      if (values.reset) {
        const edited = values.force ? [] : await appEditedArticles({ driver, database }, null);
        if (edited.length > 0) {
          throw new Error(
            `--reset would delete articles edited in the app: ${edited.map((item) => item.id).join(', ')}. Export them first (GET /api/articles/<id>/seed-folder), or add --force.`,
          );
        }
        await resetSeedData({ driver, database, log });
      }
      const result = await seedArticles({
        driver,
        database,
        articles,
        files: loaded.map((item) => item.files),
        log,
        force: values.force,
      });
      if (result.skipped.length > 0) {
        log(
          `${result.skipped.length} article(s) skipped because the app edited them: ${result.skipped.map((item) => item.id).join(', ')}`,
        );
      }
      const c = result.counters;
      log(
        `Neo4j at ${connection.uri}: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted, ${c.propertiesSet} properties set (${result.ms} ms)`,
      );
    } finally {
      await driver.close();
    }
  }
  for (const line of formatSummary(articles)) log(line);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SeedValidationError || error instanceof SeedConflictError) {
      console.error(error.message);
    } else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    } else {
      console.error(error instanceof Error ? error.message : error);
      // The driver's own message does not say what to do about it.
      if ((error as { code?: unknown }).code === 'ServiceUnavailable') {
        console.error(
          'Is Neo4j running? Start the local one with `npm run db:start`, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
        );
      }
    }
    process.exitCode = 1;
  },
);
