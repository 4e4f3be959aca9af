import { describe, expect, it } from 'vitest';
import {
  keyStages,
  letterFor,
  nextSqueeze,
  searchReadable,
  type FitTrial,
  type ReadableChoice,
} from './readableFit.ts';

const trial: FitTrial = {
  squeeze: { x: 1, y: 1, xCost: 1 },
  box: { w: 2000, h: 1000 },
  centres: { w: 1800, h: 900 },
  room: { w: 1000, h: 1000 },
  scale: 0.5,
};

describe('nextSqueeze', () => {
  it('stops once the trial reaches the target scale', () => {
    expect(nextSqueeze({ ...trial, scale: 0.8 }, 0.8)).toBeNull();
  });

  it('aims each axis at the room, keeping what labels hang out beyond the centres', () => {
    // At 0.8 the room holds 1250 model units each way, aimed at 96 %: 1200.
    // x: (1200 − 200 overhang) / 1800 centres; y: (1200 − 100) / 900, room to spare.
    const next = nextSqueeze(trial, 0.8);
    expect(next?.x).toBeCloseTo(1000 / 1800, 10);
    expect(next?.y).toBeCloseTo(1100 / 900, 10);
    // y has twice the spare room of x, so labels make room vertically first.
    expect(next?.xCost).toBeCloseTo(2, 10);
  });

  it('changes one trial by a bounded step and leaves a one-row axis alone', () => {
    const flat = { ...trial, centres: { w: 1800, h: 0 }, box: { w: 20_000, h: 40 } };
    const next = nextSqueeze(flat, 0.8);
    expect(next?.x).toBe(0.35);
    expect(next?.y).toBe(1);
  });
});

describe('letters and stages', () => {
  it('names keys A to Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 52].map(letterFor)).toStrictEqual(['A', 'B', 'Z', 'AA', 'AB', 'BA']);
  });

  it('keys none first, then a growing share of the long names, ending with all', () => {
    expect(keyStages(0)).toStrictEqual([0]);
    expect(keyStages(5)).toStrictEqual([0, 2, 4, 5]);
    expect(keyStages(14)).toStrictEqual([0, 2, 4, 6, 9, 14]);
  });
});

describe('searchReadable', () => {
  const names = [
    { id: 'short', name: 'TikTok' },
    { id: 'mid', name: 'China asks companies to hand over data' },
    { id: 'long', name: 'China could use TikTok to spy and gather data on its users abroad' },
    {
      id: 'longer',
      name: 'TikTok gives Chinese authorities access to data from its users around the world',
    },
    { id: 'other', name: 'Staff in China could have access to European user data' },
  ];

  /** A fake layout whose scale grows with each letter keyed, whatever the squeeze. */
  const lay = (seen: ReadableChoice[]) => (choice: ReadableChoice) => {
    seen.push(choice);
    return {
      trial: { ...trial, squeeze: choice.squeeze, scale: 0.5 + 0.1 * choice.keyed.size },
      target: 0.8,
    };
  };

  it('keys the longest names first, only as many as the target needs', () => {
    const seen: ReadableChoice[] = [];
    const choice = searchReadable(names, lay(seen));
    // Stages of 0, 2 and 4 letters: 4 reaches 0.9 ≥ 0.8.
    expect([...choice.keyed.entries()]).toStrictEqual([
      ['longer', { letter: 'A', name: names[3]?.name }],
      ['long', { letter: 'B', name: names[2]?.name }],
      ['other', { letter: 'C', name: names[4]?.name }],
      ['mid', { letter: 'D', name: names[1]?.name }],
    ]);
    expect([...new Set(seen.map((c) => c.keyed.size))]).toStrictEqual([0, 2, 4]);
  });

  it('draws the screen layout as it is when it already reads', () => {
    const choice = searchReadable(names, () => ({ trial: { ...trial, scale: 1 }, target: 0.8 }));
    expect(choice).toStrictEqual({ squeeze: { x: 1, y: 1, xCost: 1 }, keyed: new Map() });
  });
});
