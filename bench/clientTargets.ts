import type { SizeResult } from './clientSizes.ts';
import type { TargetVerdict } from './targets.ts';

/** The client targets, judged for bench/targets.ts. */
const RATIO_TARGET = 1.2;
const FPS_TARGET = 30;
const FPS_TARGET_SIZE = 5000;
const LONG_TASK_TARGET_MS = 1000;
const LONG_TASK_TARGET_SIZE = 10_000;

/** The client targets, for bench/targets.ts; sizes that did not run are "not measured". */
export function clientTargets(rendering: SizeResult[], sizes: number[]): TargetVerdict[] {
  const judged = (target: string, measured: string | undefined, met: boolean): TargetVerdict =>
    measured === undefined
      ? { target, measured: '—', verdict: 'not measured' }
      : { target, measured, verdict: met ? 'met' : 'missed' };
  const atSize = (size: number) => rendering[sizes.indexOf(size)];
  const fpsRow = atSize(FPS_TARGET_SIZE);
  const longRow = atSize(LONG_TASK_TARGET_SIZE);
  return [
    ...rendering.map((row) =>
      judged(
        `client render + layout ≤ ${String(RATIO_TARGET)}× bare Cytoscape at ${String(row.elements)} elements`,
        `${String(row.renderRatio)}× (${String(row.app.renderMs)} ms vs ${String(row.bare.renderMs)} ms)`,
        row.renderRatio <= RATIO_TARGET,
      ),
    ),
    judged(
      `client ≥ ${String(FPS_TARGET)} fps while panning at ${String(FPS_TARGET_SIZE)} elements`,
      fpsRow?.app.fps === undefined ? undefined : `${String(fpsRow.app.fps)} fps`,
      (fpsRow?.app.fps ?? 0) >= FPS_TARGET,
    ),
    judged(
      `client: no main-thread task over ${String(LONG_TASK_TARGET_MS)} ms after the first render at ${String(LONG_TASK_TARGET_SIZE)} elements`,
      longRow?.app.longestTaskAfterRenderMs === undefined
        ? undefined
        : `${String(longRow.app.longestTaskAfterRenderMs)} ms`,
      (longRow?.app.longestTaskAfterRenderMs ?? Infinity) <= LONG_TASK_TARGET_MS,
    ),
  ];
}
