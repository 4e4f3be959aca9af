import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './harness.ts';

/** The export form of the page (opened by the toolbar's Export button). */
export const exportFormOf = (page: Page) => page.getByRole('form', { name: 'Export' });

/** Clicks the form's Export button, saves the download under test-artifacts, and returns its name and bytes. */
export async function downloadExport(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportFormOf(page).getByRole('button', { name: 'Export' }).click(),
  ]);
  const saved = path.join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: await readFile(saved) };
}
