import { afterEach, expect } from 'vitest';
import { takePageProblems } from './pageProblems.ts';

// Registered for every e2e file (vitest.e2e.config.ts `setupFiles`): a test
// during which any page threw or logged an error fails, naming the problem.
afterEach(() => {
  expect(takePageProblems(), 'errors in the page during this test').toStrictEqual([]);
});
