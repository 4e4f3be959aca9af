import { configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/*
 * waitFor and findBy* poll until their condition holds, and give up after
 * asyncUtilTimeout: 1 s by default. Rendering the whole app and laying its
 * graph out takes longer than that on 2 cores while the integration project
 * runs beside it. A passing poll returns as soon as the condition holds, so
 * a longer limit costs nothing; 10 s is well clear of the slowest render seen
 * here and still fails a broken test quickly.
 */
configure({ asyncUtilTimeout: 10_000 });

/*
 * The app reports what it recovers from with console.error (a layout that
 * failed and fell back to a grid, say). Such a report in a test is a defect
 * even when the test's own checks still pass: "hides entity types from the
 * legend" failed by chance for weeks because a layout threw and left the
 * graph half drawn, and the only trace was one stderr line. So any
 * console.error fails the test that caused it. A test that expects one spies
 * on console.error itself, which replaces this recorder.
 */
let reported: unknown[][] = [];
let recorder: { mockRestore(): void } | null = null;

beforeEach(() => {
  reported = [];
  const print = console.error.bind(console);
  recorder = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    reported.push(args);
    print(...args);
  });
});

afterEach(() => {
  recorder?.mockRestore();
  recorder = null;
  const first = reported[0];
  if (!first) return;
  const text = first.map((part) => (part instanceof Error ? part.stack : String(part))).join(' ');
  throw new Error(
    `The test logged ${String(reported.length)} console.error call(s); the first: ${text}`,
  );
});
