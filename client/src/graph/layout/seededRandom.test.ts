import { describe, expect, it } from 'vitest';
import { seededGenerator, seedOf, withSeededRandom } from './seededRandom.ts';

describe('seeded randomness for layouts', () => {
  it('gives a different seed for different ids and the same for the same', () => {
    expect(seedOf('tiktok\nbytedance')).toBe(seedOf('tiktok\nbytedance'));
    expect(seedOf('tiktok\nbytedance')).not.toBe(seedOf('bytedance\ntiktok'));
    expect(seedOf('')).toBe(0x811c9dc5);
  });

  it('draws spread-out numbers in [0, 1) that repeat for one seed', () => {
    const draws = Array.from({ length: 10_000 }, seededGenerator(7));
    expect(Array.from({ length: 10_000 }, seededGenerator(7))).toStrictEqual(draws);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    // Ten equal bins each hold about a tenth (binomial spread is about 30 here).
    const bins = new Array<number>(10).fill(0);
    for (const d of draws) bins[Math.floor(d * 10)] = (bins[Math.floor(d * 10)] ?? 0) + 1;
    for (const count of bins) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('replaces Math.random only while the work runs, even when it throws', () => {
    const random = Math.random;
    const inside = withSeededRandom('a', () => [Math.random(), Math.random()]);
    expect(withSeededRandom('a', () => [Math.random(), Math.random()])).toStrictEqual(inside);
    expect(Math.random).toBe(random);
    expect(() =>
      withSeededRandom('a', () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(random);
  });
});
