/**
 * `npm run seed -- --fix-offsets`: fills in (or corrects) every evidence
 * `start`/`end` in graph.json from its quote, so offsets are never typed by
 * hand. A quote that is absent, or ambiguous without an `occurrence`, stops
 * the file from being written. A loose match (no-break spaces, curly quotes)
 * rewrites the quote to the exact text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import type { SeedIssue } from './errors.ts';
import { displayPath, GRAPH_FILE, parseGraphFile, parseJson } from './load.ts';
import { locateQuote } from './offsets.ts';

export interface FixResult {
  file: string;
  changed: number;
  issues: SeedIssue[];
}

/** Invisible characters are written as \u escapes so a reader of graph.json can see them. */
const INVISIBLE = /[\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

export async function formatGraphJson(value: unknown, file: string): Promise<string> {
  const json = JSON.stringify(value, null, 2).replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(json, { ...config, filepath: file });
}

interface RawEvidence {
  quote: string;
  start?: number;
  end?: number;
  occurrence?: number;
}

/** Fixes one folder's graph.json in place; writes only when every quote was found. */
export async function fixOffsetsInFolder(folder: string): Promise<FixResult> {
  const graphPath = path.join(folder, GRAPH_FILE);
  const file = displayPath(graphPath);
  const raw = await readFile(graphPath, 'utf8');
  const json = parseJson(raw, file);
  if ('issue' in json) return { file, changed: 0, issues: [json.issue] };
  const parsed = parseGraphFile(json.value, file);
  if ('issues' in parsed) return { file, changed: 0, issues: parsed.issues };
  const text = await readFile(path.join(folder, parsed.graph.source.textFile), 'utf8');
  // Edit the raw JSON so that key order and everything else stay as the author wrote them.
  const document = json.value as { relationships: { evidence: RawEvidence[] }[] };
  const issues: SeedIssue[] = [];
  let changed = 0;
  document.relationships.forEach((relationship, i) => {
    relationship.evidence = relationship.evidence.map((evidence, j) => {
      const located = locateQuote(text, evidence);
      if (!located.ok) {
        issues.push({
          file,
          path: `$.relationships[${i}].evidence[${j}]`,
          message: located.message,
        });
        return evidence;
      }
      const { quote, start, end } = located.value;
      if (quote !== evidence.quote || start !== evidence.start || end !== evidence.end)
        changed += 1;
      return {
        quote,
        start,
        end,
        ...(evidence.occurrence === undefined ? {} : { occurrence: evidence.occurrence }),
      };
    });
  });
  if (issues.length > 0) return { file, changed: 0, issues };
  const formatted = await formatGraphJson(document, graphPath);
  if (formatted !== raw) await writeFile(graphPath, formatted);
  return { file, changed, issues };
}
