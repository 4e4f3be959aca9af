/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openPage, startExplorer, type RunningExplorer } from './support/harness.ts';

// The print PDF, opened with poppler's pdfinfo and pdftotext (Debian's
// poppler-utils, installed by tools/test.ts like rsvg-convert).

let explorer: RunningExplorer;
let page: Page;

beforeAll(async () => {
  explorer = await startExplorer();
  page = await openPage(explorer);
});

afterAll(async () => {
  await page.context().close();
  await explorer.close();
});

const scriptsLoaded = () =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  expect([result.status, result.stderr]).toStrictEqual([0, '']);
  return result.stdout;
};

describe('PDF for print', () => {
  it('is an A4 page whose text a PDF reader finds, built by code the first visit did not load', async () => {
    const firstVisit = await scriptsLoaded();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByRole('combobox', { name: /^Format/ }).selectOption('pdf');
    await form.getByLabel('Title', { exact: true }).fill('TikTok and data');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^newsgraph-tiktok-and-data-graph-\d+-entities-a4-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const saved = path.join(ARTIFACTS, 'export-print.pdf');
    await file.saveAs(saved);

    const info = run('pdfinfo', [saved]);
    expect(info).toMatch(/^Title:\s+TikTok and data$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    const text = run('pdftotext', [saved, '-']);
    expect(text).toContain('TikTok and data');
    // The AFP story names no outlet of its own, only "(With information from AFP)".
    expect(text).toContain('Source: Outlet unknown (With information from AFP)');
    expect(text).toContain('ByteDance');
    // pdf-lib came in its own script, fetched only now.
    const later = (await scriptsLoaded()).filter((name) => !firstVisit.includes(name));
    expect(later.length).toBeGreaterThan(0);
  });
});
