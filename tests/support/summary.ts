import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The resilience run prints one summary at the end. Suites run in separate
 * workers, so each appends its facts to a file that the global teardown reads.
 */
const FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'test-artifacts',
  'resilience-summary.jsonl',
);

export function resetSummary(): void {
  rmSync(FILE, { force: true });
}

export function recordSummary(section: string, facts: Record<string, unknown>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  appendFileSync(FILE, `${JSON.stringify({ section, ...facts })}\n`);
}

export function readSummary(): Record<string, unknown>[] {
  try {
    return readFileSync(FILE, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    return [];
  }
}
