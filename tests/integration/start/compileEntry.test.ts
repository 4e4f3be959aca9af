import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileIfChanged, lastBuildIsCurrent } from '../../../tools/compileEntry.mjs';

// Inside the repo (test-artifacts is ignored by git), so the compiled code
// finds node_modules the way `.build/start` does.
const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const scratchRoot = path.join(repoRoot, 'test-artifacts', 'compile-entry', String(process.pid));

interface Project {
  target: { root: string; entry: string; outDir: string; manifest: string };
  helperFile: string;
}

function writeHelper(project: Project, greeting: string): void {
  writeFileSync(
    project.helperFile,
    `export const here: string = import.meta.dirname;\nexport const greeting = '${greeting}';\n`,
  );
}

/** A small TypeScript project of its own for each test (tests run shuffled). */
function freshProject(name: string): Project {
  const root = path.join(scratchRoot, name);
  const project = {
    target: {
      root,
      entry: path.join(root, 'src', 'entry.ts'),
      outDir: path.join(root, 'out'),
      manifest: path.join(root, 'inputs.json'),
    },
    helperFile: path.join(root, 'src', 'lib', 'where.ts'),
  };
  mkdirSync(path.dirname(project.helperFile), { recursive: true });
  writeHelper(project, 'first');
  writeFileSync(
    project.target.entry,
    [
      "import { RELATIONSHIP_TYPES } from '@newsgraph/model';",
      "import { z } from 'zod';",
      "import { greeting, here } from './lib/where.ts';",
      "const later = await import('./lib/where.ts');",
      'console.log(JSON.stringify({ here, file: import.meta.filename, greeting, same: later.here === here,',
      '  owns: RELATIONSHIP_TYPES.includes("OWNS"), parsed: z.number().parse(7) }));',
    ].join('\n'),
  );
  return project;
}

/** Runs the compiled entry and returns what it printed. */
function runCompiled(project: Project): Record<string, unknown> {
  const entry = path.join(project.target.outDir, 'entry.mjs');
  const printed = execFileSync(process.execPath, [entry], { encoding: 'utf8' });
  return JSON.parse(printed) as Record<string, unknown>;
}

afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

describe('compiling npm start ahead of time (tools/compileEntry.mjs)', () => {
  it('compiles an entry whose modules still see their own source location', async () => {
    const project = freshProject('location');
    expect(await compileIfChanged(project.target)).toBe(true);
    expect(runCompiled(project)).toStrictEqual({
      here: path.dirname(project.helperFile),
      file: project.target.entry,
      greeting: 'first',
      same: true,
      owns: true,
      parsed: 7,
    });
  });

  it('reuses the last build while no file it read has changed', async () => {
    const project = freshProject('reuse');
    expect(lastBuildIsCurrent(project.target)).toBe(false);
    expect(await compileIfChanged(project.target)).toBe(true);
    expect(lastBuildIsCurrent(project.target)).toBe(true);
    expect(await compileIfChanged(project.target)).toBe(false);
  });

  it('compiles again when a file it read changes', async () => {
    const project = freshProject('change');
    await compileIfChanged(project.target);
    writeHelper(project, 'second, longer');
    expect(lastBuildIsCurrent(project.target)).toBe(false);
    expect(await compileIfChanged(project.target)).toBe(true);
    expect(runCompiled(project).greeting).toBe('second, longer');
  });

  it('keeps the last good build when the sources no longer compile', async () => {
    const project = freshProject('broken');
    await compileIfChanged(project.target);
    const manifestBefore = readFileSync(project.target.manifest, 'utf8');
    unlinkSync(project.helperFile);
    expect(lastBuildIsCurrent(project.target)).toBe(false);
    await expect(compileIfChanged(project.target)).rejects.toThrow(/where\.ts/);
    expect(runCompiled(project).greeting).toBe('first');
    expect(readFileSync(project.target.manifest, 'utf8')).toBe(manifestBefore);
  });
});
