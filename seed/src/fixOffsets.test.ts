import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixOffsetsInFolder, formatGraphJson } from './fixOffsets.ts';
import { displayPath, loadArticles } from './load.ts';
import { patch, testGraph, writeTestArticle } from './testArticle.ts';

describe('fixOffsetsInFolder', () => {
  it('fills in missing offsets and leaves a file that validates and is formatted', async () => {
    const graph = testGraph();
    patch(graph.relationships, 0, { evidence: [{ quote: 'it owns Widgets Ltd' }] });
    patch(graph.relationships, 1, {
      evidence: [{ quote: 'Widgets denies it.', start: 1, end: 2 }],
    });
    const folder = await writeTestArticle(graph);
    const result = await fixOffsetsInFolder(folder);
    expect(result).toStrictEqual({
      file: displayPath(path.join(folder, 'graph.json')),
      changed: 2,
      issues: [],
    });
    const [loaded] = await loadArticles([folder]);
    expect(loaded?.article.relationships.map((r) => r.evidence)).toStrictEqual([
      [{ quote: 'it owns Widgets Ltd', start: 49, end: 68 }],
      [{ quote: 'Widgets denies it.', start: 79, end: 97 }],
      [{ quote: 'it owns Widgets Ltd', start: 49, end: 68 }],
    ]);
    const written = await readFile(path.join(folder, 'graph.json'), 'utf8');
    expect(written).toBe(
      await formatGraphJson(JSON.parse(written), path.join(folder, 'graph.json')),
    );
    expect(await fixOffsetsInFolder(folder)).toMatchObject({ changed: 0, issues: [] });
  });

  it('writes nothing when a quote is absent or ambiguous', async () => {
    const graph = testGraph();
    patch(graph.relationships, 0, { evidence: [{ quote: 'Widgets' }] });
    patch(graph.relationships, 1, { evidence: [{ quote: 'Widgets accepts it.' }] });
    const folder = await writeTestArticle(graph);
    const before = await readFile(path.join(folder, 'graph.json'), 'utf8');
    const result = await fixOffsetsInFolder(folder);
    expect(result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toStrictEqual([
      '$.relationships[0].evidence[0]: the quote is ambiguous: it occurs 3 times (at offsets 10, 57, 79); add "occurrence": n (1-based) to say which one, or lengthen the quote',
      '$.relationships[1].evidence[0]: the quote does not occur in the article text: "Widgets accepts it."',
    ]);
    expect(await readFile(path.join(folder, 'graph.json'), 'utf8')).toBe(before);
  });

  it('uses "occurrence" for a repeated quote and writes invisible characters as escapes', async () => {
    const text =
      'Acme buys Widgets\n\nAcme Corp said on Monday that it owns Widgets\u00a0Ltd outright. Widgets denies it.\n';
    const graph = testGraph();
    patch(graph.relationships, 0, { evidence: [{ quote: 'Widgets', occurrence: 2 }] });
    patch(graph.relationships, 1, { evidence: [{ quote: 'Widgets denies it.' }] });
    patch(graph.relationships, 2, { evidence: [{ quote: 'it owns Widgets Ltd' }] });
    const folder = await writeTestArticle(graph, text);
    expect(await fixOffsetsInFolder(folder)).toMatchObject({ changed: 3, issues: [] });
    const written = JSON.parse(
      await readFile(path.join(folder, 'graph.json'), 'utf8'),
    ) as ReturnType<typeof testGraph>;
    expect(written.relationships.map((r) => r.evidence)).toStrictEqual([
      [{ quote: 'Widgets', start: 57, end: 64, occurrence: 2 }],
      [{ quote: 'Widgets denies it.', start: 79, end: 97 }],
      [{ quote: 'it owns Widgets\u00a0Ltd', start: 49, end: 68 }],
    ]);
    expect(await readFile(path.join(folder, 'graph.json'), 'utf8')).toContain(
      '"quote": "it owns Widgets\\u00a0Ltd"',
    );
  });
});
