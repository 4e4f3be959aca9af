import { describe, expect, it } from 'vitest';
import { inSlices, SLICE_MS } from './slices.ts';

/** Keeps the thread busy for `ms`, as measuring a label or styling an edge does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('inSlices', () => {
  it('does every item in order, and lets other tasks run between slices', async () => {
    const done: number[] = [];
    const between: number[] = [];
    // A task queued now can only run when the work yields.
    const ticker = setInterval(() => between.push(done.length), 0);
    try {
      const finished = await inSlices(
        Array.from({ length: 20 }, (_, index) => index),
        (item) => {
          busyFor(SLICE_MS / 4);
          done.push(item);
        },
        () => true,
      );
      expect(finished).toBe(true);
      expect(done).toStrictEqual(Array.from({ length: 20 }, (_, index) => index));
      // Other tasks ran while items were still left: the work did not run as one task.
      expect(between.some((count) => count > 0 && count < 20)).toBe(true);
    } finally {
      clearInterval(ticker);
    }
  });

  it('stops at the first yield after it is no longer wanted', async () => {
    let wanted = true;
    const done: number[] = [];
    const finished = await inSlices(
      Array.from({ length: 40 }, (_, index) => index),
      (item) => {
        busyFor(SLICE_MS / 2);
        done.push(item);
        if (item === 5) wanted = false;
      },
      () => wanted,
    );
    expect(finished).toBe(false);
    expect(done.length).toBeGreaterThan(5);
    expect(done.length).toBeLessThan(40);
  });
});
