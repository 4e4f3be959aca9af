/**
 * Reads article folders (graph.json + the text file it names) into validated
 * SeedArticles. Every folder is read and checked before anything is
 * returned, so one bad file stops the whole seed before any write.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { jsonPath, SeedValidationError, type SeedIssue } from './errors.ts';
import type { SeedArticle } from './model.ts';
import { graphFileSchema, type GraphFile } from '@newsgraph/model';
import { checkArticle, checkArticleSet, type ArticleFiles } from './validate.ts';

export const GRAPH_FILE = 'graph.json';

export interface LoadedArticle {
  article: SeedArticle;
  files: ArticleFiles;
  folder: string;
}

/** A path as the user should see it in messages: relative to where they ran the command. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * Article folders under the given paths, sorted: a path that holds graph.json
 * is an article folder itself; otherwise each subfolder that holds one is.
 */
export async function findArticleFolders(roots: readonly string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const root of roots) {
    const absolute = path.resolve(root);
    if (await isFile(path.join(absolute, GRAPH_FILE))) {
      folders.push(absolute);
      continue;
    }
    const entries = await readdir(absolute, { withFileTypes: true }).catch((error: unknown) => {
      throw new Error(`Cannot read the article folder ${displayPath(absolute)}: ${String(error)}`);
    });
    for (const entry of entries) {
      const folder = path.join(absolute, entry.name);
      if (entry.isDirectory() && (await isFile(path.join(folder, GRAPH_FILE))))
        folders.push(folder);
    }
  }
  return [...new Set(folders)].sort();
}

/** Parses JSON text; a syntax error names the line and column. */
export function parseJson(text: string, file: string): { value: unknown } | { issue: SeedIssue } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position)).split('\n');
      where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    return { issue: { file, path: '$', message: `not valid JSON${where}: ${message}` } };
  }
}

/** Schema-checks graph.json; on success returns the typed file. */
export function parseGraphFile(
  value: unknown,
  file: string,
): { graph: GraphFile } | { issues: SeedIssue[] } {
  const parsed = graphFileSchema.safeParse(value);
  if (parsed.success) return { graph: parsed.data };
  return {
    issues: parsed.error.issues.map((issue) => ({
      file,
      path: jsonPath(issue.path),
      message: issue.message,
    })),
  };
}

/** The in-memory article that a checked graph.json and its text describe. */
export function toSeedArticle(graph: GraphFile, text: string): SeedArticle {
  return {
    id: graph.source.id,
    title: graph.source.title,
    outlet: graph.source.outlet,
    publishedAt: graph.source.publishedAt,
    language: graph.source.language,
    ...(graph.source.url === undefined ? {} : { url: graph.source.url }),
    ...(graph.source.provenance === undefined ? {} : { provenance: graph.source.provenance }),
    text,
    entities: graph.entities.map((entity) => ({ ...entity })),
    relationships: graph.relationships.map(({ evidence, ...relationship }) => ({
      ...relationship,
      // Missing offsets are reported by checkArticle; -1 never matches the text.
      evidence: evidence.map(({ quote, start, end }) => ({
        quote,
        start: start ?? -1,
        end: end ?? -1,
      })),
    })),
  };
}

/** Reads one folder; returns the article or the problems that stop it. */
export async function readArticleFolder(
  folder: string,
): Promise<{ loaded: LoadedArticle } | { issues: SeedIssue[] }> {
  const graphPath = path.join(folder, GRAPH_FILE);
  const graphFile = displayPath(graphPath);
  const raw = await readFile(graphPath, 'utf8').catch(() => null);
  if (raw === null)
    return { issues: [{ file: graphFile, path: '$', message: 'cannot read the file' }] };
  const json = parseJson(raw, graphFile);
  if ('issue' in json) return { issues: [json.issue] };
  const parsed = parseGraphFile(json.value, graphFile);
  if ('issues' in parsed) return parsed;
  const { graph } = parsed;
  const textPath = path.join(folder, graph.source.textFile);
  const files = { graph: graphFile, text: displayPath(textPath) };
  const text = await readFile(textPath, 'utf8').catch(() => null);
  if (text === null) {
    return {
      issues: [
        { file: graphFile, path: '$.source.textFile', message: `cannot read ${files.text}` },
      ],
    };
  }
  const issues: SeedIssue[] = [];
  if (graph.source.id !== path.basename(folder)) {
    issues.push({
      file: graphFile,
      path: '$.source.id',
      message: `"${graph.source.id}" must equal the folder name "${path.basename(folder)}"`,
    });
  }
  const article = toSeedArticle(graph, text);
  issues.push(...checkArticle(article, files, { aliasesMustOccur: true }));
  return issues.length > 0 ? { issues } : { loaded: { article, files, folder } };
}

/** Reads and checks every folder; throws one SeedValidationError listing every problem. */
export async function loadArticles(folders: readonly string[]): Promise<LoadedArticle[]> {
  const results = await Promise.all(folders.map((folder) => readArticleFolder(folder)));
  const issues = results.flatMap((result) => ('issues' in result ? result.issues : []));
  const loaded = results.flatMap((result) => ('loaded' in result ? [result.loaded] : []));
  issues.push(...checkArticleSet(loaded));
  if (issues.length > 0) throw new SeedValidationError(issues);
  return loaded;
}
