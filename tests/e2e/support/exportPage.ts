import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { ARTIFACTS } from './harness.ts';
import { useExplorerSession } from './lifecycle.ts';

/**
 * The hooks of an export e2e file: the usual session (lifecycle.ts), with the
 * export form opened on each test's fresh start view, so no test inherits
 * another's format, scale or selection. Returns the current test's page.
 */
export function useExportSession(): () => Page {
  const session = useExplorerSession();
  beforeEach(async () => {
    await session.page().getByRole('button', { name: 'Export', exact: true }).click();
  });
  return () => session.page();
}

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
