import type { Page } from 'playwright-core';

/**
 * Problems seen in any page since the last check: uncaught exceptions and
 * console errors. The e2e setup file fails the running test when any are
 * left (see failOnPageProblems.ts), so a broken page cannot pass by luck.
 */
const problems: string[] = [];

/**
 * Chromium logs every HTTP error response as a console error. A 4xx from our
 * API is often the point of a test (a syntax error, a refused write); the
 * app shows it to the user, and the test asserts on that. A 5xx never is.
 */
const EXPECTED_CLIENT_ERROR =
  /^Failed to load resource: the server responded with a status of 4\d\d /;

export function watchForPageProblems(page: Page): void {
  page.on('pageerror', (error) => {
    problems.push(`uncaught error: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (EXPECTED_CLIENT_ERROR.test(text)) return;
    const { url } = message.location();
    problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
  });
}

/** Returns the problems seen since the last call, and forgets them. */
export function takePageProblems(): string[] {
  return problems.splice(0, problems.length);
}
