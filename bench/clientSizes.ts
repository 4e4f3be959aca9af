import type { Browser } from 'playwright-core';
import type { SizedPayload } from './clientPayloads.ts';
import { measureApp, measureBare, type PageFigures } from './clientRender.ts';

/**
 * One payload size: the app and the bare page render it `repeats` times
 * each, alternately; medians are reported, with the ratio app/bare.
 */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
};
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** The medians of several runs; the other figures come from the last run, which also probes. */
function summarise(runs: PageFigures[]): PageFigures & { renderMsRuns: number[] } {
  const last = runs.at(-1);
  if (!last) throw new Error('No run.');
  return {
    ...last,
    renderMs: median(runs.map((r) => r.renderMs)),
    layoutMs: median(runs.map((r) => r.layoutMs)),
    firstFrameMs: median(runs.map((r) => r.firstFrameMs)),
    longestTaskDuringRenderMs: median(runs.map((r) => r.longestTaskDuringRenderMs)),
    renderMsRuns: runs.map((r) => r.renderMs),
  };
}

export interface SizeResult {
  elements: number;
  nodes: number;
  edges: number;
  app: PageFigures;
  bare: PageFigures;
  renderRatio: number;
}

export async function benchSize(
  browser: Browser,
  serverUrl: string,
  payload: SizedPayload,
  run: { repeats: number; exportScale: number | undefined },
  log: (line: string) => void,
): Promise<SizeResult> {
  const { repeats } = run;
  log(
    `client: ${String(payload.elements)} elements (${String(payload.nodes)} nodes, ${String(payload.edges)} edges)`,
  );
  // App and bare runs alternate, so a change in the machine's load hits both alike.
  const appRuns: PageFigures[] = [];
  const bareRuns: PageFigures[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const last = i === repeats - 1;
    const exportScale = last && run.exportScale ? { exportScale: run.exportScale } : {};
    const appRun = await measureApp(
      browser,
      serverUrl,
      payload,
      { viewport: last, ...exportScale },
      log,
    );
    appRuns.push(appRun);
    const size = { canvasWidthPx: appRun.canvasWidthPx, canvasHeightPx: appRun.canvasHeightPx };
    const graph = payload.result.graph;
    bareRuns.push(await measureBare(browser, graph, 'canvas', { viewport: last, size }, log));
  }
  const app = summarise(appRuns);
  const bare = summarise(bareRuns);
  const renderRatio = ratio(app.renderMs, bare.renderMs);
  log(
    `  render app ${String(app.renderMs)} ms, bare ${String(bare.renderMs)} ms (ratio ${String(renderRatio)}); ` +
      `fps app ${String(app.fps)} (first second ${String(app.fpsFirstSecond)}), bare ${String(bare.fps)} (${String(bare.fpsFirstSecond)}); longest task after render app ${String(app.longestTaskAfterRenderMs)} ms` +
      (app.exportPngMs === undefined
        ? ''
        : `; PNG ${String(run.exportScale)}× ${String(app.exportPngMs)} ms`),
  );
  return {
    elements: payload.elements,
    nodes: payload.nodes,
    edges: payload.edges,
    app,
    bare,
    renderRatio,
  };
}
