/**
 * Bad seed input is rejected with an error that names the file and the JSON
 * path, the command exits non-zero, and Neo4j is left exactly as it was:
 * no node, relationship, label, constraint or index is written.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadArticles,
  removeArticles,
  SeedConflictError,
  SeedValidationError,
  seedArticles,
} from '../../../seed/src/index.ts';
import { patch, testGraph, TEST_TEXT, writeTestArticle } from '../../../seed/src/testArticle.ts';
import { graphCounts } from '../../support/counts.ts';
import { openTestDriver } from '../../support/driver.ts';
import { FIXTURE_FOLDER, FIXTURE_ID, MAIN_ID, runSeedCli, CLI_TEST_TIMEOUT_MS } from './helpers.ts';

type Graph = ReturnType<typeof testGraph>;

/** Each kind of bad input: how to break the test article, and the path the error must name. */
const CASES: { name: string; path: string; message: string; graph?: (g: Graph) => unknown }[] = [
  {
    name: 'an unknown entity id in a relationship',
    path: '$.relationships[0].from',
    message: 'unknown entity id "acme-corp"',
    graph: (g) => patch(g.relationships, 0, { from: 'acme-corp' }),
  },
  {
    name: 'an evidence quote that is not in the text',
    path: '$.relationships[1].evidence[0]',
    message: 'the quote does not occur in the text at all',
    graph: (g) =>
      patch(g.relationships, 1, { evidence: [{ quote: 'Widgets agrees.', start: 79, end: 94 }] }),
  },
  {
    name: 'evidence offsets that do not point at the quote',
    path: '$.relationships[0].evidence[0]',
    message: 'the text at [48, 67) is " it owns Widgets Lt", not the quote; the quote occurs at 49',
    graph: (g) =>
      patch(g.relationships, 0, {
        evidence: [{ quote: 'it owns Widgets Ltd', start: 48, end: 67 }],
      }),
  },
  {
    name: 'a duplicate entity id',
    path: '$.entities[3].id',
    message: 'duplicate entity id "widgets" (first at $.entities[1])',
    graph: (g) =>
      g.entities.push({ id: 'widgets', name: 'Widgets', type: 'Company', description: 'Again.' }),
  },
  {
    name: 'a duplicate relationship id',
    path: '$.relationships[3].id',
    message: 'duplicate relationship id "acme-owns-widgets" (first at $.relationships[0])',
    graph: (g) =>
      g.relationships.push({
        id: 'acme-owns-widgets',
        type: 'PART_OF',
        from: 'widgets',
        to: 'acme',
        attribution: 'narrated',
        evidence: [{ quote: 'Widgets denies it.', start: 79, end: 97 }],
      }),
  },
  {
    name: 'an unknown relationship type',
    path: '$.relationships[0].type',
    message: 'Invalid option: expected one of "OWNS"|"BANS"',
    graph: (g) => patch(g.relationships, 0, { type: 'ACQUIRES' }),
  },
  {
    name: 'a schema violation (missing description, bad date)',
    path: '$.entities[0].description',
    message: 'Invalid input: expected string, received undefined',
    graph: (g) => {
      patch(g.entities, 0, { description: undefined });
      (g.source as Record<string, unknown>).publishedAt = '24/01/2024';
    },
  },
  { name: 'malformed JSON', path: '$', message: 'not valid JSON' },
];

describe('bad seed input', () => {
  let driver: Driver;
  let root: string;

  beforeAll(async () => {
    driver = openTestDriver();
    root = await mkdtemp(path.join(tmpdir(), 'seed-bad-input-'));
  });

  afterAll(async () => {
    // The fixture may have been seeded over the AFP article: remove both, so
    // no value of the fixture's stays on a shared entity (see response-cache).
    await removeArticles({ driver, articleIds: [FIXTURE_ID, 'test-article', MAIN_ID] });
    await driver.close();
  });

  it.each(CASES)(
    'rejects $name, naming file and path, and writes nothing',
    async (testCase) => {
      const graph = testGraph();
      testCase.graph?.(graph);
      const folder = await writeTestArticle(
        testCase.graph ? graph : '{ "formatVersion": 1, "source": {',
        TEST_TEXT,
        await mkdtemp(path.join(root, 'case-')),
      );
      // Outside the repository the CLI names files by their absolute path.
      const graphFile = path.join(folder, 'graph.json');
      const before = await graphCounts(driver);
      // A valid article next to the bad one must not be written either.
      const run = await runSeedCli(['--dir', FIXTURE_FOLDER, '--dir', folder]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('seeded');
      const line =
        run.stderr.split('\n').find((l) => l.includes(` ${testCase.path}: `)) ?? run.stderr;
      expect(line.trim().startsWith(graphFile)).toBe(true);
      expect(line).toContain(testCase.message);
      expect(run.stderr).toMatch(
        /^The seed input is invalid \(\d+ problems?\); nothing was written:/,
      );
      expect(await graphCounts(driver)).toStrictEqual(before);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it('rejects bad in-memory articles before any write', async () => {
    const [fixture] = await loadArticles([FIXTURE_FOLDER]);
    if (!fixture) throw new Error('the fixture did not load');
    const broken = {
      ...fixture.article,
      relationships: fixture.article.relationships.map((r) => ({ ...r, to: 'nobody' })),
    };
    const before = await graphCounts(driver);
    const attempt = seedArticles({ driver, articles: [fixture.article, broken] });
    await expect(attempt).rejects.toThrow(SeedValidationError);
    await expect(attempt).rejects.toThrow(
      `<memory:${FIXTURE_ID}>/graph.json $.relationships[0].to: unknown entity id "nobody"`,
    );
    expect(await graphCounts(driver)).toStrictEqual(before);
  });

  it('rejects a type that conflicts with another article already in Neo4j, before any write', async () => {
    const [fixture] = await loadArticles([FIXTURE_FOLDER]);
    if (!fixture) throw new Error('the fixture did not load');
    await seedArticles({ driver, articles: [fixture.article] });
    const graph = testGraph();
    patch(graph.entities, 0, { id: 'tiktok', name: 'TikTok', aliases: [] });
    for (const r of graph.relationships) {
      if (r.from === 'acme') r.from = 'tiktok';
      if (r.speaker === 'acme') r.speaker = 'tiktok';
    }
    const folder = await writeTestArticle(
      graph,
      TEST_TEXT,
      await mkdtemp(path.join(root, 'conflict-')),
    );
    const [conflicting] = await loadArticles([folder]);
    if (!conflicting) throw new Error('the conflicting article did not load');
    const before = await graphCounts(driver);
    const attempt = seedArticles({ driver, articles: [conflicting.article] });
    await expect(attempt).rejects.toThrow(SeedConflictError);
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `entity "tiktok" is a Product in Neo4j \\(articles \\[[^\\]]*"${FIXTURE_ID}"[^\\]]*\\]\\) but the seed says Company`,
      ),
    );
    expect(await graphCounts(driver)).toStrictEqual(before);
    expect(await readFile(path.join(folder, 'article.txt'), 'utf8')).toBe(TEST_TEXT);
  });
});
