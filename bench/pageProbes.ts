import type { Page } from 'playwright-core';
import {
  GRAPH_RECEIVED_MARK,
  LAYOUT_DONE_MARK,
} from '../client/src/graph/instrumentation/benchHook.ts';

/**
 * In-page measurements shared by the app and the bare page. Both set the
 * same two performance marks (client/src/graph/instrumentation/benchHook.ts): a graph
 * payload arrived, and its layout stopped. The probes add what neither page
 * knows: when the first frame after the layout was drawn, every long
 * main-thread task, and frames per second while the viewport moves.
 */
interface ProbeState {
  longTasks: { start: number; duration: number }[];
  /** performance.now() of the first animation frame after each layout-done mark. */
  paintedAfterLayout: number[];
}

declare global {
  interface Window {
    __probes?: ProbeState;
  }
}

/** Must run before the page loads (it is an init script), so no long task is missed. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript((layoutDone: string) => {
    const state: ProbeState = { longTasks: [], paintedAfterLayout: [] };
    window.__probes = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Cytoscape draws in its own animation-frame callback, registered a frame earlier;
    // ours runs after it in the same frame, so this is when the laid-out graph was drawn.
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options);
      if (name === layoutDone)
        requestAnimationFrame(() => state.paintedAfterLayout.push(performance.now()));
      return entry;
    };
  }, LAYOUT_DONE_MARK);
}

export function paintedLayoutCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__probes?.paintedAfterLayout.length ?? 0);
}

/** Waits until a layout after the first `after` ones has stopped and been drawn. */
export async function waitForPaintedLayout(page: Page, after: number, timeoutMs = 180_000) {
  await page.waitForFunction(
    (count) => (window.__probes?.paintedAfterLayout.length ?? 0) > count,
    after,
    { timeout: timeoutMs, polling: 100 },
  );
}

/**
 * After a layout Cytoscape may fill in a big graph over several frames
 * (it builds its texture caches a little per frame). The graph counts as
 * drawn at its last frame before this long a pause in drawing.
 */
export const QUIET_MS = 500;

/** Waits until Cytoscape has not drawn for QUIET_MS. */
export async function waitForQuietCanvas(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const hook = window.__newsgraphBench;
      return hook !== undefined && performance.now() - hook.lastRenderAt() > quiet;
    },
    QUIET_MS,
    { timeout: timeoutMs, polling: 50 },
  );
}

export interface RenderSpan {
  /** performance.now() when the payload had arrived (the graph-received mark). */
  receivedAt: number;
  /** Payload arrival to layout stop. */
  layoutMs: number;
  /** Payload arrival to the first frame drawn after the layout. */
  firstFrameMs: number;
  /** Payload arrival to the last frame drawn before the canvas went quiet: the graph is drawn. */
  renderMs: number;
  /** performance.now() of the first frame after the layout. */
  firstFrameAt: number;
  /** performance.now() of the last frame before the quiet. */
  drawnAt: number;
}

/**
 * The span of the last payload, from its graph-received mark (or from
 * `since`) to the drawn graph. Call after waitForPaintedLayout.
 */
export async function lastRenderSpan(page: Page, since?: number): Promise<RenderSpan> {
  await waitForQuietCanvas(page);
  return page.evaluate(
    ({ received, layoutDone, startedAt }) => {
      const start = startedAt ?? performance.getEntriesByName(received).at(-1)?.startTime;
      const stop = performance.getEntriesByName(layoutDone).at(-1)?.startTime;
      const painted = window.__probes?.paintedAfterLayout.at(-1);
      const lastRender = window.__newsgraphBench?.lastRenderAt() ?? 0;
      if (start === undefined || stop === undefined || painted === undefined)
        throw new Error('The page set no graph-received or layout-done mark.');
      const drawn = Math.max(painted, lastRender);
      return {
        receivedAt: start,
        layoutMs: stop - start,
        firstFrameMs: painted - start,
        renderMs: drawn - start,
        firstFrameAt: painted,
        drawnAt: drawn,
      };
    },
    { received: GRAPH_RECEIVED_MARK, layoutDone: LAYOUT_DONE_MARK, startedAt: since },
  );
}

/** The longest main-thread task that started at or after `since` (performance.now() time). */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window.__probes?.longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration),
      ),
    since,
  );
}

/** The longest main-thread task that overlapped [from, to]. */
export function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ a, b }) =>
      Math.max(
        0,
        ...(window.__probes?.longTasks ?? [])
          .filter((t) => t.start <= b && t.start + t.duration >= a)
          .map((t) => t.duration),
      ),
    { a: from, b: to },
  );
}

/**
 * Pans and zooms once per animation frame through `window.__newsgraphBench`
 * (both pages install it) and counts the frames: first for `warmupMs`, then
 * for `ms`. Cytoscape builds its layer caches during the first frames of a
 * move, so the warm-up rate is reported apart from the steady one.
 */
export function framesPerSecondWhilePanning(
  page: Page,
  ms = 3000,
  warmupMs = 1000,
): Promise<{ fps: number; warmupFps: number }> {
  return page.evaluate(
    async ({ duration, warmup }) => {
      const viewport = window.__newsgraphBench;
      if (!viewport) throw new Error('The page has no window.__newsgraphBench.');
      const start = performance.now();
      let frames = 0;
      let warmupFrames = 0;
      // A loop, not a named callback: the bundler that runs this file would wrap a named one.
      while (performance.now() - start < warmup + duration) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const t = performance.now() - start;
        if (t <= warmup) warmupFrames += 1;
        else frames += 1;
        viewport.panBy(Math.sin(t / 300) * 8, Math.cos(t / 300) * 8);
        viewport.zoomBy(1 + Math.sin(t / 500) * 0.01);
      }
      const elapsed = performance.now() - start;
      return {
        warmupFps: Math.round((warmupFrames / (warmup / 1000)) * 10) / 10,
        fps: Math.round((frames / ((elapsed - warmup) / 1000)) * 10) / 10,
      };
    },
    { duration: ms, warmup: warmupMs },
  );
}
