/**
 * A small valid article for tests, as graph.json content and text, and a
 * helper that writes it to a temporary folder. Tests change one thing and
 * check the error that names it.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TEST_TEXT = `Acme buys Widgets

Acme Corp said on Monday that it owns Widgets Ltd outright. Widgets denies it.
`;

/** graph.json of the test article, with correct offsets. */
export function testGraph(id = 'test-article'): Record<string, unknown> & {
  entities: Record<string, unknown>[];
  relationships: (Record<string, unknown> & { evidence: Record<string, unknown>[] })[];
} {
  return {
    formatVersion: 1,
    source: {
      id,
      title: 'Acme buys Widgets',
      outlet: 'Test Wire',
      publishedAt: '2024-01-15',
      language: 'en',
      textFile: 'article.txt',
    },
    entities: [
      {
        id: 'acme',
        name: 'Acme Corp',
        type: 'Company',
        aliases: ['Acme'],
        description: 'A buyer.',
      },
      {
        id: 'widgets',
        name: 'Widgets Ltd',
        type: 'Company',
        aliases: ['Widgets'],
        description: 'A seller.',
        properties: { employees: 12 },
      },
      {
        id: 'claim-acme-owns-widgets',
        name: 'Acme owns Widgets Ltd',
        type: 'Claim',
        description: 'A claim.',
      },
    ],
    relationships: [
      {
        id: 'acme-owns-widgets',
        type: 'OWNS',
        from: 'acme',
        to: 'widgets',
        attribution: 'attributed',
        stance: 'asserts',
        speaker: 'acme',
        date: '2024-01-15',
        evidence: [{ quote: 'it owns Widgets Ltd', start: 49, end: 68 }],
      },
      {
        id: 'widgets-denies-claim',
        type: 'DENIES',
        from: 'widgets',
        to: 'claim-acme-owns-widgets',
        attribution: 'attributed',
        stance: 'denies',
        speaker: 'widgets',
        evidence: [{ quote: 'Widgets denies it.', start: 79, end: 97 }],
      },
      {
        id: 'claim-about-widgets',
        type: 'ABOUT',
        from: 'claim-acme-owns-widgets',
        to: 'widgets',
        attribution: 'narrated',
        evidence: [{ quote: 'it owns Widgets Ltd', start: 49, end: 68 }],
      },
    ],
  };
}

/** Writes an article folder named after the graph's source id; returns the folder. */
export async function writeTestArticle(
  graph: unknown = testGraph(),
  text = TEST_TEXT,
  root?: string,
): Promise<string> {
  const base = root ?? (await mkdtemp(path.join(tmpdir(), 'seed-test-')));
  const id = (graph as { source?: { id?: string } }).source?.id ?? 'test-article';
  const folder = path.join(base, id);
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, 'graph.json'),
    typeof graph === 'string' ? graph : JSON.stringify(graph, null, 2),
  );
  await writeFile(path.join(folder, 'article.txt'), text);
  return folder;
}

/** Replaces fields of one item of a list in place; fails loudly when the item is missing. */
export function patch(list: object[], index: number, changes: Record<string, unknown>): void {
  const item = list[index];
  if (item === undefined) throw new Error(`There is no item ${index} to patch.`);
  list[index] = { ...item, ...changes };
}
