import { describe, expect, it } from 'vitest';
import { coalescePerTurn } from './revision.ts';

describe('coalescePerTurn', () => {
  it('sends one read for the callers of one turn, after all of them asked', async () => {
    const sent: number[] = [];
    let asked = 0;
    const read = coalescePerTurn(() => {
      sent.push(asked);
      return Promise.resolve(sent.length);
    });
    asked += 1;
    const first = read();
    asked += 1;
    const second = read();
    expect(sent).toStrictEqual([]); // not sent before the turn ends
    expect(await Promise.all([first, second])).toStrictEqual([1, 1]);
    expect(sent).toStrictEqual([2]); // sent once, when both callers had asked
  });

  it('never hands a caller a read that was sent before it asked', async () => {
    const sentAt: number[] = [];
    let release: () => void = () => undefined;
    const read = coalescePerTurn(() => {
      sentAt.push(performance.now());
      return new Promise<number>((resolve) => {
        release = () => resolve(sentAt.length);
      });
    });
    const first = read();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sentAt.length).toBe(1); // the first read is in flight
    const askedAt = performance.now();
    const second = read();
    release();
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await second).toBe(2);
    expect(sentAt[1]).toBeGreaterThanOrEqual(askedAt);
  });

  it('passes a failed read on to every caller that shared it', async () => {
    const read = coalescePerTurn(() => Promise.reject(new Error('Neo4j is down')));
    const results = await Promise.allSettled([read(), read()]);
    expect(results.map((r) => r.status)).toStrictEqual(['rejected', 'rejected']);
  });
});
