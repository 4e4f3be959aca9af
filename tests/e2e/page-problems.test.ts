/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startExplorer, type RunningExplorer } from './support/harness.ts';
import { takePageProblems } from './support/pageProblems.ts';

// The guard that fails any e2e test whose page threw must itself be able to see a throw.
let explorer: RunningExplorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer.close();
});

describe('page problems fail e2e tests', () => {
  it('sees an uncaught error and a console error, but not an API 4xx the app handles', async () => {
    const page = await openPage(explorer);
    await page.evaluate(async () => {
      await fetch('/api/nodes/no-such-entity');
      console.error('deliberate console error');
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      });
    });
    let seen: string[] = [];
    await expect
      .poll(() => {
        seen = [...seen, ...takePageProblems()];
        return seen.length;
      })
      .toBe(2);
    expect(seen.sort()).toStrictEqual([
      'console error: deliberate console error',
      'uncaught error: deliberate uncaught error',
    ]);
    await page.context().close();
  });
});
