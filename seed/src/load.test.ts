import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedValidationError, type SeedIssue } from './errors.ts';
import { displayPath, loadArticles } from './load.ts';
import { TEST_TEXT, patch, testGraph, writeTestArticle } from './testArticle.ts';

/** The issues loadArticles reports for the folders, with the file shown relative to the folder. */
async function issuesOf(...folders: string[]): Promise<SeedIssue[]> {
  try {
    await loadArticles(folders);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    return error.issues;
  }
  throw new Error('expected the input to be rejected');
}

const graphFile = (folder: string) => displayPath(path.join(folder, 'graph.json'));
const against = (folder: string) =>
  `${graphFile(folder)} (against ${displayPath(path.join(folder, 'article.txt'))})`;

describe('loadArticles', () => {
  it('reads a valid folder into the in-memory article', async () => {
    const folder = await writeTestArticle();
    const [loaded] = await loadArticles([folder]);
    expect(loaded?.article.text).toBe(TEST_TEXT);
    expect(loaded?.article.entities[1]).toStrictEqual({
      id: 'widgets',
      name: 'Widgets Ltd',
      type: 'Company',
      aliases: ['Widgets'],
      description: 'A seller.',
      properties: { employees: 12 },
    });
    expect(loaded?.article.relationships[0]?.evidence).toStrictEqual([
      { quote: 'it owns Widgets Ltd', start: 49, end: 68 },
    ]);
  });

  it('rejects malformed JSON, naming the file, line and column', async () => {
    // A trailing comma: Node's parser reports the position, which becomes line and column.
    const folder = await writeTestArticle('{\n  "formatVersion": 1,\n}');
    const issues = await issuesOf(folder);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(graphFile(folder));
    expect(issues[0]?.path).toBe('$');
    expect(issues[0]?.message).toBe(
      'not valid JSON (line 3, column 1): Expected double-quoted property name in JSON at position 24',
    );
  });

  it('rejects schema violations with the JSON path of each', async () => {
    const graph = testGraph();
    graph.formatVersion = 2;
    patch(graph.relationships, 0, { type: 'BUYS', date: '2024-02-30' });
    patch(graph.entities, 0, { colour: 'red' });
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: graphFile(folder),
        path: '$.formatVersion',
        message: 'this seeder reads formatVersion 1',
      },
      { file: graphFile(folder), path: '$.entities[0]', message: 'Unrecognized key: "colour"' },
      {
        file: graphFile(folder),
        path: '$.relationships[0].type',
        message: expect.stringMatching(/^Invalid option: expected one of "OWNS"\|"BANS"/) as string,
      },
      {
        file: graphFile(folder),
        path: '$.relationships[0].date',
        message: 'is not a real calendar date',
      },
    ]);
  });

  it('rejects an unknown entity id in a relationship', async () => {
    const graph = testGraph();
    patch(graph.relationships, 0, { to: 'widgetz' });
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: graphFile(folder),
        path: '$.relationships[0].to',
        message: `unknown entity id "widgetz"; declare it in $.entities of ${graphFile(folder)}`,
      },
    ]);
  });

  it('rejects a quote that is not in the text, and offsets that do not point at the quote', async () => {
    const graph = testGraph();
    patch(graph.relationships, 0, {
      evidence: [{ quote: 'it bought Widgets Ltd', start: 49, end: 70 }],
    });
    patch(graph.relationships, 1, {
      evidence: [{ quote: 'Widgets denies it.', start: 78, end: 96 }],
    });
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: against(folder),
        path: '$.relationships[0].evidence[0]',
        message:
          'the text at [49, 70) is "it owns Widgets Ltd o", not the quote; the quote does not occur in the text at all. Run `npm run seed -- --fix-offsets`',
      },
      {
        file: against(folder),
        path: '$.relationships[1].evidence[0]',
        message:
          'the text at [78, 96) is " Widgets denies it", not the quote; the quote occurs at 79. Run `npm run seed -- --fix-offsets`',
      },
    ]);
  });

  it('rejects duplicate entity and relationship ids', async () => {
    const graph = testGraph();
    graph.entities.push({ ...graph.entities[0], name: 'Acme again' });
    const about = graph.relationships[2];
    if (!about) throw new Error('the test article has an ABOUT relationship');
    graph.relationships.push({ ...about, type: 'PART_OF' });
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: graphFile(folder),
        path: '$.entities[3].id',
        message: 'duplicate entity id "acme" (first at $.entities[0])',
      },
      {
        file: graphFile(folder),
        path: '$.relationships[3].id',
        message:
          'duplicate relationship id "claim-about-widgets" (first at $.relationships[2]); ids are unique across all types',
      },
    ]);
  });

  it('checks attribution and stance', async () => {
    const graph = testGraph();
    patch(graph.relationships, 0, { speaker: undefined });
    patch(graph.relationships, 1, { stance: 'asserts' });
    patch(graph.relationships, 2, { from: 'acme', stance: 'asserts' });
    const folder = await writeTestArticle(graph);
    const issues = (await issuesOf(folder)).map((issue) => `${issue.path}: ${issue.message}`);
    expect(issues).toStrictEqual([
      '$.relationships[0].speaker: an attributed relationship needs a speaker (an entity id)',
      '$.relationships[1].stance: a DENIES relationship must be attributed with stance "denies"',
      '$.relationships[2].from: an ABOUT relationship starts at a Claim entity',
      '$.relationships[2].stance: a narrated relationship has no stance; make it "attributed" or drop the stance',
    ]);
  });

  it('requires every claim to have a stance relationship', async () => {
    const graph = testGraph();
    patch(graph.relationships, 1, { type: 'SIMILAR_TO' });
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: graphFile(folder),
        path: '$.entities[2]',
        message:
          'the claim "claim-acme-owns-widgets" has no stance relationship (ASSERTS, DENIES, ADMITTED, …) pointing at it; say who holds it',
      },
    ]);
  });

  it('requires aliases to be surface forms of the text and the folder to be named after the id', async () => {
    const graph = testGraph('other-name');
    patch(graph.entities, 0, { aliases: ['Acme', 'ACME Inc'] });
    const folder = await writeTestArticle(graph);
    const renamed = path.join(path.dirname(folder), 'test-article');
    await import('node:fs/promises').then((fs) => fs.rename(folder, renamed));
    expect(await issuesOf(renamed)).toStrictEqual([
      {
        file: graphFile(renamed),
        path: '$.source.id',
        message: '"other-name" must equal the folder name "test-article"',
      },
      {
        file: against(renamed),
        path: '$.entities[0].aliases[1]',
        message:
          'the alias "ACME Inc" does not occur in the text as whole words (case-sensitive); aliases list surface forms the text uses',
      },
    ]);
  });

  it('rejects the same id meaning different things in two articles', async () => {
    const first = await writeTestArticle(testGraph('first'));
    const graph = testGraph('second');
    patch(graph.entities, 0, { type: 'Organization' });
    patch(graph.relationships, 0, { from: 'widgets', to: 'acme' });
    const second = await writeTestArticle(graph, TEST_TEXT, path.dirname(first));
    expect(await issuesOf(first, second)).toStrictEqual([
      {
        file: graphFile(second),
        path: '$.entities[0].type',
        message: `entity "acme" is a Organization here but a Company in ${graphFile(first)}; shared ids must agree`,
      },
      {
        file: graphFile(second),
        path: '$.relationships[0]',
        message: `relationship "acme-owns-widgets" is OWNS widgets -> acme here but OWNS acme -> widgets in ${graphFile(first)}; shared ids must agree`,
      },
    ]);
  });

  it('reports a missing text file at $.source.textFile', async () => {
    const graph = testGraph();
    (graph.source as Record<string, unknown>).textFile = 'missing.txt';
    const folder = await writeTestArticle(graph);
    expect(await issuesOf(folder)).toStrictEqual([
      {
        file: graphFile(folder),
        path: '$.source.textFile',
        message: `cannot read ${displayPath(path.join(folder, 'missing.txt'))}`,
      },
    ]);
    expect(await readFile(path.join(folder, 'article.txt'), 'utf8')).toBe(TEST_TEXT);
  });
});
