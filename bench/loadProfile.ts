/**
 * `npx tsx bench/loadProfile.ts [size] [articles]`
 *
 * Where the seeding path's time goes, statement by statement, on a bench
 * database that `npm run bench -- --size <size> --parts load` has loaded.
 * It seeds N more articles (the generator's with seed 43, their article and
 * relationship ids prefixed `profile-` so they are new) through
 * `seedArticles`, ten per call as the load does, with the driver wrapped so
 * that every statement is timed: wall time in this process, and
 * Neo4j's own time from the result summary (available + consumed). Commit is
 * the transaction's time outside its statements; "outside Neo4j" is the
 * call's time outside the transaction and the reads (validation, hashing,
 * building rows). Compare with the bare-CREATE floor of the bench's results.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { seedArticles } from '../seed/src/index.ts';
import type { SeedArticle } from '../seed/src/model.ts';
import { startInstance } from '../tools/neo4j/launcher.ts';
import { generateArticles, PRESETS } from './generator.ts';

interface Tally {
  count: number;
  wallMs: number;
  neo4jMs: number;
}

/** As the load calls the seeder (bench/load.ts). */
const PER_CALL = 10;

const tallies = new Map<string, Tally>();
const add = (label: string, wallMs: number, neo4jMs: number) => {
  const tally = tallies.get(label) ?? { count: 0, wallMs: 0, neo4jMs: 0 };
  tally.count += 1;
  tally.wallMs += wallMs;
  tally.neo4jMs += neo4jMs;
  tallies.set(label, tally);
};

/** A statement's name: its first clauses, with literal lists and maps left out. */
function labelOf(query: string): string {
  const words = query
    .replace(/\s+/g, ' ')
    .replace(/\{[^}]*\}/g, '{…}')
    .trim();
  return words.slice(0, 70);
}

async function timed<
  T extends { summary: { resultAvailableAfter: unknown; resultConsumedAfter: unknown } },
>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const server =
    Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
  add(label, performance.now() - started, server);
  return result;
}

/** Time spent in statements and commits so far: what is not the seeder's own work. */
let statementMs = 0;

/** The driver, with every statement and transaction timed. */
function timingDriver(driver: Driver): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, key) {
        if (key !== 'run') return Reflect.get(target, key) as unknown;
        return async (query: string, parameters?: Record<string, unknown>) => {
          const started = performance.now();
          const result = await timed(labelOf(query), () => target.run(query, parameters));
          statementMs += performance.now() - started;
          return result;
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, key) {
        if (key !== 'executeWrite' && key !== 'executeRead')
          return Reflect.get(target, key) as unknown;
        return async <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) => {
          const before = statementMs;
          const started = performance.now();
          const result = await target[key]((tx) => work(wrapTx(tx)), config);
          const commitMs = performance.now() - started - (statementMs - before);
          add('(commit and transaction round trips)', commitMs, 0);
          statementMs += commitMs;
          return result;
        };
      },
    });
  return new Proxy(driver, {
    get(target, key) {
      if (key === 'session')
        return (config?: Parameters<Driver['session']>[0]) => wrapSession(target.session(config));
      if (key === 'executeQuery')
        return (query: string, parameters?: Record<string, unknown>, config?: object) =>
          timed(`(read) ${labelOf(query)}`, async () => {
            const started = performance.now();
            const result = await target.executeQuery(query, parameters, config);
            statementMs += performance.now() - started;
            return result;
          });
      return Reflect.get(target, key) as unknown;
    },
  });
}

async function main(): Promise<void> {
  const size = process.argv[2] === 'small' ? 'small' : 'full';
  const count = Number(process.argv[3] ?? '10');
  const instance = await startInstance('bench', { log: (line) => console.log(line) });
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(instance.user, instance.password));
  try {
    const articles: SeedArticle[] = [];
    for (const article of generateArticles({ ...PRESETS[size], seed: 43 })) {
      if (articles.length === count) break;
      articles.push({
        ...article,
        id: `profile-${article.id}`,
        relationships: article.relationships.map((r) => ({ ...r, id: `profile-${r.id}` })),
      });
    }
    const timing = timingDriver(driver);
    let totalMs = 0;
    let relationships = 0;
    for (let start = 0; start < articles.length; start += PER_CALL) {
      const batch = articles.slice(start, start + PER_CALL);
      const before = statementMs;
      const started = performance.now();
      await seedArticles({ driver: timing, articles: batch });
      const ms = performance.now() - started;
      totalMs += ms;
      relationships += batch.reduce((sum, a) => sum + a.relationships.length, 0);
      add('(outside Neo4j: validation, hashing, rows)', ms - (statementMs - before), 0);
    }
    const rows = [...tallies].sort((a, b) => b[1].wallMs - a[1].wallMs);
    console.log(
      `\n${String(articles.length)} articles, ${String(relationships)} relationships in ${Math.round(totalMs)} ms: ${Math.round(relationships / (totalMs / 1000))}/s\n`,
    );
    console.log(
      'wall ms per article | Neo4j ms per article | share | calls per article | statement',
    );
    for (const [label, tally] of rows) {
      console.log(
        `${(tally.wallMs / count).toFixed(1).padStart(8)} | ${(tally.neo4jMs / count).toFixed(1).padStart(8)} | ${((100 * tally.wallMs) / totalMs).toFixed(1).padStart(5)} % | ${(tally.count / count).toFixed(1).padStart(4)} | ${label}`,
      );
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
