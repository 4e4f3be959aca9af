/**
 * Readable labels on a fixed-size image. A preset's room is fixed, so the
 * graph's model-to-pixel scale, and with it every label's size in the
 * image, is set by how far apart the entities are. When the screen's
 * layout is too spread out for the preset's readable minimum (presets.ts),
 * the export draws the same positions closer together: one fixed shape per
 * view (each axis aimed at the room), times one factor `s` found by
 * bisection on the label size measured in each laid-out trial. Names wrap
 * narrower before any becomes a letter, and only names too long even then
 * do. Pure and deterministic: the caller lays out each trial, so the same
 * view always gives the same choice.
 */
import type { Squeeze } from './exportScope.ts';

/** One laid-out trial of an export, measured. */
export interface FitTrial {
  /** The smallest label drawn, in image pixels (its font size × the frame's scale). */
  labelPx: number;
  /** The drawn graph's box, labels and plates included, in model units. */
  box: { w: number; h: number };
  /** The spread of the entities' centres, in model units. */
  centres: { w: number; h: number };
  /** The most room the graph may take, in image pixels. */
  room: { w: number; h: number };
  /** The model-to-pixel scale the frame gave this trial. */
  scale: number;
}

/** Entities drawn with a letter, by id, and the name the legend's key gives for it. */
export type Keyed = ReadonlyMap<string, { letter: string; name: string }>;

/** How names are drawn: the width they wrap at (null: as on screen) and which become letters. */
export interface Lettering {
  wrap: number | null;
  keyed: Keyed;
}

/** What a preset draws to keep its labels readable. */
export interface ReadableChoice extends Lettering {
  squeeze: Squeeze;
}

/** One trial of the search, for the export's report. */
export interface FitStep {
  stage: number;
  s: number;
  labelPx: number;
}

export interface ReadableResult {
  choice: ReadableChoice;
  /** The smallest label of the choice (estimated), in image pixels: under the target when nothing reached it. */
  labelPx: number;
  steps: FitStep[];
}

/** The screen's own positions: nothing moved. */
export const NO_SQUEEZE: Squeeze = { x: 1, y: 1, xCost: 1 };

/**
 * Trials that aim each axis at the room (nextSqueeze): the first stage
 * starts from the screen's spread, later ones from the best squeeze so far.
 */
export const AIM_TRIALS = { first: 5, later: 3 } as const;
/**
 * A later stage whose first trial (at the best squeeze so far) is under this
 * share of the target is not aimed: aiming from there gained at most 10 % on
 * the article's slide and A4, and the whole article on the social card
 * (about 60 %) cost 18 trials, over 20 s on a loaded machine, for labels
 * that still did not read.
 */
export const HOPELESS = 0.75;
/** Halvings of the way between the screen's spread and the aimed squeeze: to within a quarter. */
export const BISECTIONS = 2;
/**
 * Labels this close above the target leave a bisection nothing to find (every
 * trial of it came out under the target on the article's slide and A4), so
 * the aimed squeeze is kept as it is and the two trials are saved.
 */
export const BISECT_SLACK = 1.05;
/** One aiming trial changes an axis by at most these factors, so label pushes settle between trials. */
const STEP = { min: 0.35, max: 2.5 } as const;
/** Aim a little inside the room: making room for labels only ever adds extent. */
const AIM = 0.96;

/** Names narrower than this (model px) are left alone: wrapping narrower only makes them taller. */
export const NARROW_WRAP = 130;
/** A name that takes more lines than this at NARROW_WRAP is too long to draw in full. */
export const LETTER_LINES = [6, 4] as const;

/** A, B, … Z, AA, AB, … */
export function letterFor(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : letterFor(Math.floor(index / 26) - 1) + letter;
}

/**
 * The ways of drawing the names, most faithful first: as on screen, then
 * wrapped at NARROW_WRAP, then the names that take more than each of
 * LETTER_LINES lines at that width as letters (longest first, A, B, …).
 * `lines` counts a name's lines at a wrap width.
 */
export function letteringStages(
  names: readonly { id: string; name: string }[],
  lines: (name: string, width: number) => number,
): Lettering[] {
  const stages: Lettering[] = [
    { wrap: null, keyed: new Map() },
    { wrap: NARROW_WRAP, keyed: new Map() },
  ];
  const byLength = [...names].sort(
    (a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : 1),
  );
  for (const most of LETTER_LINES) {
    const long = byLength.filter((n) => lines(n.name, NARROW_WRAP) > most);
    if (long.length === 0 || long.length === stages.at(-1)?.keyed.size) continue;
    stages.push({
      wrap: NARROW_WRAP,
      keyed: new Map(long.map((n, i) => [n.id, { letter: letterFor(i), name: n.name }])),
    });
  }
  return stages;
}

/**
 * The next squeeze to try, aiming each axis's box at the room at the scale
 * where the labels reach `target`: what labels hang out beyond the
 * entities' centres stays, and the centres' spread takes the difference.
 * Null when the trial already reaches it or no axis would change.
 */
export function nextSqueeze(trial: FitTrial, squeeze: Squeeze, target: number): Squeeze | null {
  if (trial.labelPx >= target) return null;
  // Labels grow with the scale: the scale at which they would reach the target.
  const targetScale = (trial.scale * target) / Math.max(trial.labelPx, 1e-9);
  const axis = (box: number, centres: number, room: number, factor: number): number => {
    // Entities in one row or column: squeezing that axis changes nothing.
    if (centres < 1) return factor;
    const wanted = (room / targetScale) * AIM;
    const ratio = (wanted - Math.max(box - centres, 0)) / centres;
    return factor * Math.min(Math.max(ratio, STEP.min), STEP.max);
  };
  // How many times its box each axis could grow (or must shrink) at the target scale.
  const spare = {
    x: trial.room.w / targetScale / Math.max(trial.box.w, 1),
    y: trial.room.h / targetScale / Math.max(trial.box.h, 1),
  };
  const next = {
    x: axis(trial.box.w, trial.centres.w, trial.room.w, squeeze.x),
    y: axis(trial.box.h, trial.centres.h, trial.room.h, squeeze.y),
    xCost: Math.min(Math.max(spare.y / spare.x, 0.25), 4),
  };
  const moved = (a: number, b: number) => Math.abs(a / b - 1) > 0.01;
  return moved(next.x, squeeze.x) || moved(next.y, squeeze.y) ? next : null;
}

/** The squeeze geometrically half way between two. */
export function halfway(a: Squeeze, b: Squeeze): Squeeze {
  return { x: Math.sqrt(a.x * b.x), y: Math.sqrt(a.y * b.y), xCost: a.xCost };
}

/** The squeeze `t` of the way from the screen's spread to `aimed`, geometrically. */
export function towards(aimed: Squeeze, t: number): Squeeze {
  return { x: aimed.x ** t, y: aimed.y ** t, xCost: aimed.xCost };
}

/**
 * The squeeze and lettering a preset draws with, and the label size they
 * give. The screen's layout first. If its labels are under `target`
 * (image px), each lettering stage in turn (most faithful first) aims
 * each axis at the room (nextSqueeze, from the best squeeze so far) for
 * at most AIM_TRIALS trials; a trial that comes out worse than the
 * stage's best (label room can spread a crowded picture) is not aimed
 * from: the next goes half way back to the best. The first stage whose labels reach the
 * target is then bisected along the way from the screen's spread to its
 * aimed squeeze, for the least squeeze that still reaches it (unless its
 * labels are within BISECT_SLACK of the target). A later stage far under
 * the target on its first trial (HOPELESS) is not aimed. When no
 * stage does, the trial with the largest labels and no letters is drawn
 * (letters only where they make the labels readable), and the caller
 * says how small they are. `lay(stage, squeeze)` lays out one trial; the
 * search is deterministic, so the same view always gives the same choice.
 */
export async function searchReadable(
  stages: readonly Lettering[],
  target: number,
  lay: (stage: number, squeeze: Squeeze) => FitTrial | Promise<FitTrial>,
): Promise<ReadableResult> {
  const steps: FitStep[] = [];
  const choiceOf = (stage: number, squeeze: Squeeze): ReadableChoice => ({
    ...(stages[stage] ?? { wrap: null, keyed: new Map() }),
    squeeze,
  });
  const at = async (stage: number, squeeze: Squeeze, s: number) => {
    const trial = await lay(stage, squeeze);
    steps.push({ stage, s, labelPx: trial.labelPx });
    return trial;
  };
  const first = await at(0, NO_SQUEEZE, 1);
  if (first.labelPx >= target)
    return { choice: choiceOf(0, NO_SQUEEZE), labelPx: first.labelPx, steps };
  let best = { stage: 0, squeeze: NO_SQUEEZE, trial: first };
  for (const stage of stages.keys()) {
    let last = {
      squeeze: best.squeeze,
      trial: stage === 0 ? first : await at(stage, best.squeeze, 1),
    };
    let good = last;
    const plain = (stages[stage]?.keyed.size ?? 0) === 0;
    // Letters only when they make the labels readable: the fallback draws every name.
    if (plain && last.trial.labelPx > best.trial.labelPx) best = { stage, ...last };
    let reached = last.trial.labelPx >= target ? last : null;
    // A later stage far under the target at the best squeeze so far is not aimed: aiming gains less.
    const hopeless = stage > 0 && last.trial.labelPx < target * HOPELESS;
    const aims = stage === 0 ? AIM_TRIALS.first : hopeless ? 0 : AIM_TRIALS.later;
    for (let i = 0; i < aims && !reached; i += 1) {
      // Aim from the best trial of the stage; after a worse one, go half way back to the best.
      const next =
        last === good
          ? nextSqueeze(good.trial, good.squeeze, target)
          : halfway(good.squeeze, last.squeeze);
      if (!next) break;
      last = { squeeze: next, trial: await at(stage, next, 1) };
      if (last.trial.labelPx > good.trial.labelPx) good = last;
      if (plain && last.trial.labelPx > best.trial.labelPx) best = { stage, ...last };
      if (last.trial.labelPx >= target) reached = last;
    }
    if (!reached) continue;
    // The aimed squeeze reads: bisect for the least of it that still does, if it has room to spare.
    const aimed = reached.squeeze;
    let found = { t: 1, px: reached.trial.labelPx };
    let low = 0;
    const bisections = found.px >= target * BISECT_SLACK ? BISECTIONS : 0;
    for (let i = 0; i < bisections; i += 1) {
      const t = (low + found.t) / 2;
      const px = (await at(stage, towards(aimed, t), t)).labelPx;
      if (px >= target) found = { t, px };
      else low = t;
    }
    return { choice: choiceOf(stage, towards(aimed, found.t)), labelPx: found.px, steps };
  }
  return {
    choice: choiceOf(best.stage, best.squeeze),
    labelPx: best.trial.labelPx,
    steps,
  };
}
