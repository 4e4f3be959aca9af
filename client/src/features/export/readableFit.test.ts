import { describe, expect, it } from 'vitest';
import type { Squeeze } from './exportScope.ts';
import {
  letterFor,
  letteringStages,
  NARROW_WRAP,
  nextSqueeze,
  NO_SQUEEZE,
  searchReadable,
  towards,
  type FitTrial,
} from './readableFit.ts';

const trial: FitTrial = {
  labelPx: 8,
  box: { w: 2000, h: 1000 },
  centres: { w: 1800, h: 900 },
  room: { w: 1000, h: 1000 },
  scale: 0.5,
};

describe('nextSqueeze', () => {
  it('stops once the trial reaches the target', () => {
    expect(nextSqueeze({ ...trial, labelPx: 12.8 }, NO_SQUEEZE, 12.8)).toBeNull();
  });

  it('aims each axis at the room, keeping what labels hang out beyond the centres', () => {
    // 12.8 px is 1.6 × the 8 px drawn: scale 0.8, where the room holds 1250 model
    // units each way, aimed at 96 %: 1200. x: (1200 − 200 overhang) / 1800 centres;
    // y: (1200 − 100) / 900, room to spare.
    const next = nextSqueeze(trial, NO_SQUEEZE, 12.8);
    expect(next?.x).toBeCloseTo(1000 / 1800, 10);
    expect(next?.y).toBeCloseTo(1100 / 900, 10);
    // y has twice the spare room of x, so labels make room vertically first.
    expect(next?.xCost).toBeCloseTo(2, 10);
  });

  it('changes one trial by a bounded step and leaves a one-row axis alone', () => {
    const flat = { ...trial, centres: { w: 1800, h: 0 }, box: { w: 20_000, h: 40 } };
    const next = nextSqueeze(flat, NO_SQUEEZE, 12.8);
    expect(next?.x).toBe(0.35);
    expect(next?.y).toBe(1);
  });
});

describe('towards', () => {
  it('goes geometrically from the screen’s spread to the aimed squeeze', () => {
    const aimed: Squeeze = { x: 0.25, y: 1, xCost: 2 };
    expect(towards(aimed, 0)).toStrictEqual({ x: 1, y: 1, xCost: 2 });
    expect(towards(aimed, 0.5)).toStrictEqual({ x: 0.5, y: 1, xCost: 2 });
    expect(towards(aimed, 1)).toStrictEqual(aimed);
  });
});

describe('letters and stages', () => {
  it('names keys A to Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 52].map(letterFor)).toStrictEqual(['A', 'B', 'Z', 'AA', 'AB', 'BA']);
  });

  const names = [
    { id: 'short', name: 'TikTok' },
    { id: 'mid', name: 'a b c d e' },
    { id: 'long', name: 'a b c d e f g' },
    { id: 'longer', name: 'a b c d e f g h i j' },
  ];
  /** One word a line at the narrow wrap, the whole name on one line otherwise. */
  const lines = (name: string, width: number) =>
    width <= NARROW_WRAP ? name.split(' ').length : 1;

  it('wraps narrower before any letter, then letters only names too long even wrapped', () => {
    const stages = letteringStages(names, lines);
    expect(stages.map((s) => [s.wrap, [...s.keyed.entries()]])).toStrictEqual([
      [null, []],
      [NARROW_WRAP, []],
      // More than 6 lines: "longer" (10) and "long" (7), longest first.
      [
        NARROW_WRAP,
        [
          ['longer', { letter: 'A', name: 'a b c d e f g h i j' }],
          ['long', { letter: 'B', name: 'a b c d e f g' }],
        ],
      ],
      // More than 4 lines: "mid" (5) too.
      [
        NARROW_WRAP,
        [
          ['longer', { letter: 'A', name: 'a b c d e f g h i j' }],
          ['long', { letter: 'B', name: 'a b c d e f g' }],
          ['mid', { letter: 'C', name: 'a b c d e' }],
        ],
      ],
    ]);
  });

  it('adds no letter stage when every name fits wrapped', () => {
    expect(letteringStages([{ id: 'short', name: 'TikTok' }], lines)).toHaveLength(2);
  });
});

describe('searchReadable', () => {
  const stages = letteringStages([{ id: 'x', name: 'a b c d e f g h' }], (name, width) =>
    width <= NARROW_WRAP ? name.split(' ').length : 1,
  );

  it('draws the screen layout as it is when it already reads', async () => {
    const result = await searchReadable(stages, 12, () => ({ ...trial, labelPx: 13 }));
    expect(result.choice).toStrictEqual({ wrap: null, keyed: new Map(), squeeze: NO_SQUEEZE });
    expect(result.steps).toStrictEqual([{ stage: 0, s: 1, labelPx: 13 }]);
  });

  /** A fake layout whose labels grow as x is squeezed: 8 px at the screen's spread, 16 at half. */
  const squeezable = (stage: number, squeeze: Squeeze): FitTrial => ({
    ...trial,
    labelPx: (8 / squeeze.x) * (stage === 0 ? 1 : 1.2),
    scale: (0.5 / squeeze.x) * (stage === 0 ? 1 : 1.2),
    box: { w: 2000 * squeeze.x, h: 1000 },
    centres: { w: 1800 * squeeze.x, h: 900 },
  });

  it('aims, then bisects back towards the screen’s spread for the least squeeze that reads', async () => {
    const result = await searchReadable(stages, 12, squeezable);
    // Aimed at 12 px: x to (1200·0.96… − 200) / 1800; every label reads there.
    expect(result.choice.wrap).toBeNull();
    expect(result.labelPx).toBeGreaterThanOrEqual(12);
    const aimed = result.steps.filter((s) => s.s === 1);
    expect(aimed.at(-1)?.labelPx).toBeGreaterThanOrEqual(12);
    // The bisection kept a point between the screen (t = 0) and the aimed squeeze (t = 1).
    expect(result.steps.filter((s) => s.s < 1).map((s) => s.s)).toStrictEqual([0.5, 0.75]);
    // Deterministic: the same layouts give the same choice.
    expect(await searchReadable(stages, 12, squeezable)).toStrictEqual(result);
  });

  it('keeps the aimed squeeze without bisecting when its labels barely reach the target', async () => {
    // 8 px as on screen, 12.2 px (under 5 % to spare) at any squeeze.
    const barely = (_stage: number, squeeze: Squeeze): FitTrial => ({
      ...trial,
      labelPx: squeeze === NO_SQUEEZE ? 8 : 12.2,
    });
    const result = await searchReadable(stages, 12, barely);
    expect(result.steps).toStrictEqual([
      { stage: 0, s: 1, labelPx: 8 },
      { stage: 0, s: 1, labelPx: 12.2 },
    ]);
    expect(result.labelPx).toBe(12.2);
    expect(result.choice.squeeze).not.toStrictEqual(NO_SQUEEZE);
  });

  it('draws the largest labels with every name when no stage reaches the target', async () => {
    // Stage 2 (a letter) has the largest labels, but not readable ones: no letter is worth that.
    const stuck = (stage: number): FitTrial => ({ ...trial, labelPx: 5 + stage });
    expect(stages.map((s) => s.keyed.size)).toStrictEqual([0, 0, 1]);
    const result = await searchReadable(stages, 12, stuck);
    expect(result.labelPx).toBe(6);
    expect(result.choice.wrap).toBe(NARROW_WRAP);
    expect(result.choice.keyed.size).toBe(0);
  });

  it('does not aim a later stage whose first trial is far under the target', async () => {
    // Stage 0 aims (its trials all 8 px); stages 1 and 2 start at 8 px, under 0.75 × 12: one trial each.
    const far = (): FitTrial => ({ ...trial, labelPx: 8 });
    const steps = (await searchReadable(stages, 12, far)).steps.map((s) => s.stage);
    expect(steps.filter((stage) => stage > 0)).toStrictEqual([1, 2]);
    // At 9.5 px a later stage is close enough to aim: stage 1 gets its aiming trials.
    const near = (stage: number): FitTrial => ({ ...trial, labelPx: stage === 0 ? 8 : 9.5 });
    const aimed = (await searchReadable(stages, 12, near)).steps.filter((s) => s.stage === 1);
    expect(aimed.length).toBeGreaterThan(1);
  });

  it('letters names when that makes the labels readable', async () => {
    const lettered = (stage: number): FitTrial => ({ ...trial, labelPx: stage === 2 ? 12 : 6 });
    const result = await searchReadable(stages, 12, lettered);
    expect(result.labelPx).toBe(12);
    expect([...result.choice.keyed.keys()]).toStrictEqual(['x']);
  });
});
