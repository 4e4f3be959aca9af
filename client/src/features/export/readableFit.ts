/**
 * Readable labels on a fixed-size image. A preset's room is fixed, so the
 * graph's model-to-pixel scale, and with it every label's size in the
 * image, is set by how far apart the entities are. When the screen's layout
 * is too spread out for the preset's readable minimum (presets.ts), the
 * export sets the entities closer, per axis, and lets labelRoom.ts push
 * their labels apart again; on a portrait page it also spreads the short
 * axis into the free height. Pure: the caller lays out each trial.
 */
import type { Squeeze } from './exportScope.ts';

/** One laid-out trial of an export at a squeeze. */
export interface FitTrial {
  squeeze: Squeeze;
  /** The drawn graph's box, labels and plates included, in model units. */
  box: { w: number; h: number };
  /** The spread of the entities' centres, in model units. */
  centres: { w: number; h: number };
  /** The most room the graph may take, in image pixels. */
  room: { w: number; h: number };
  /** The model-to-pixel scale the frame gave this trial. */
  scale: number;
}

/** Trials an export lays out at most before it draws the best one. */
export const MAX_FIT_TRIALS = 7;

/** One trial changes an axis by at most these factors, so pushes settle between trials. */
const STEP = { min: 0.35, max: 2.5 } as const;
/** Aim a little inside the room: making room for labels only ever adds extent. */
const AIM = 0.96;

/**
 * The next squeeze to try, or null when `trial` already meets `target`
 * (model-to-pixel scale) or no axis would change. Each axis aims its box at
 * the room at the target scale: what the labels hang out beyond the
 * entities' centres stays, and the centres' spread takes the difference.
 */
export function nextSqueeze(trial: FitTrial, target: number): Squeeze | null {
  if (trial.scale >= target) return null;
  const axis = (box: number, centres: number, room: number, squeeze: number): number => {
    // Entities in one row or column: squeezing that axis changes nothing.
    if (centres < 1) return squeeze;
    const wanted = (room / target) * AIM;
    const overhang = Math.max(box - centres, 0);
    const ratio = (wanted - overhang) / centres;
    return squeeze * Math.min(Math.max(ratio, STEP.min), STEP.max);
  };
  // How many times its box each axis could grow (or must shrink) at the target scale.
  const spare = {
    x: trial.room.w / target / Math.max(trial.box.w, 1),
    y: trial.room.h / target / Math.max(trial.box.h, 1),
  };
  const next = {
    x: axis(trial.box.w, trial.centres.w, trial.room.w, trial.squeeze.x),
    y: axis(trial.box.h, trial.centres.h, trial.room.h, trial.squeeze.y),
    xCost: Math.min(Math.max(spare.y / spare.x, 0.25), 4),
  };
  const moved = (a: number, b: number) => Math.abs(a / b - 1) > 0.01;
  return moved(next.x, trial.squeeze.x) || moved(next.y, trial.squeeze.y) ? next : null;
}

/** Entities drawn with a letter, by id, and the name the legend's key gives for it. */
export type Keyed = ReadonlyMap<string, { letter: string; name: string }>;

/** What a preset draws to keep its labels readable. */
export interface ReadableChoice {
  squeeze: Squeeze;
  keyed: Keyed;
}

/** Names shorter than this are never replaced by a letter: a key row would save nothing. */
export const KEY_MIN_CHARS = 20;

/** A, B, … Z, AA, AB, … */
export function letterFor(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : letterFor(Math.floor(index / 26) - 1) + letter;
}

/** How many of the long names each stage draws as letters: none first, then a growing share. */
export function keyStages(candidates: number): number[] {
  const stages = [0];
  while (stages.at(-1) !== candidates && candidates > 0) {
    const last = stages.at(-1) ?? 0;
    stages.push(Math.min(candidates, Math.max(last + 2, Math.ceil(last * 1.5))));
  }
  return stages;
}

/**
 * The squeeze and the letters a preset draws with. Trials squeeze the
 * layout (nextSqueeze); when the labels still do not reach the target, the
 * longest names (longest first) become letters with a key, a few more at
 * each stage, and squeezing goes on from the best layout so far.
 * `lay` lays out one trial and gives the target scale, which is the same
 * for every trial.
 */
export function searchReadable(
  names: readonly { id: string; name: string }[],
  lay: (choice: ReadableChoice) => { trial: FitTrial; target: number },
): ReadableChoice {
  const long = names
    .filter((n) => n.name.length >= KEY_MIN_CHARS)
    .sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : 1));
  let best: { choice: ReadableChoice; scale: number } | null = null;
  let squeeze: Squeeze = { x: 1, y: 1, xCost: 1 };
  const stages = keyStages(long.length);
  for (const [stage, count] of stages.entries()) {
    const keyed: Keyed = new Map(
      long.slice(0, count).map((n, i) => [n.id, { letter: letterFor(i), name: n.name }]),
    );
    const trials: FitTrial[] = [];
    let target = Infinity;
    let next: Squeeze | null = squeeze;
    // The first and the last stage (nothing more to key) search longest.
    const most = stage === 0 || stage === stages.length - 1 ? MAX_FIT_TRIALS : STAGE_TRIALS;
    while (next && trials.length < most) {
      const laid = lay({ squeeze: next, keyed });
      target = laid.target;
      trials.push(laid.trial);
      next = nextSqueeze(laid.trial, target);
    }
    const chosen = bestTrial(trials, target);
    if (!chosen) break;
    if (!best || chosen.scale > best.scale)
      best = { choice: { squeeze: chosen.squeeze, keyed }, scale: chosen.scale };
    if (chosen.scale >= target) return { squeeze: chosen.squeeze, keyed };
    squeeze = chosen.squeeze;
  }
  return best?.choice ?? { squeeze: { x: 1, y: 1, xCost: 1 }, keyed: new Map() };
}

/** Trials each later stage lays out, starting from the best squeeze so far. */
const STAGE_TRIALS = 3;

/** Of the trials laid out, the one to draw: the first to meet the target, else the largest scale. */
export function bestTrial(trials: readonly FitTrial[], target: number): FitTrial | undefined {
  return (
    trials.find((t) => t.scale >= target) ??
    trials.reduce<FitTrial | undefined>(
      (best, t) => (!best || t.scale > best.scale ? t : best),
      undefined,
    )
  );
}
