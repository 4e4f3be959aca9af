import type { Browser, Page } from 'playwright-core';
import {
  GRAPH_RECEIVED_MARK,
  LAYOUT_DONE_MARK,
} from '../client/src/graph/instrumentation/benchHook.ts';
import { layoutOptions } from '../client/src/graph/layout/layoutOptions.ts';
import type { EntityGraphDto } from '@newsgraph/model';
import { exportPngInApp, openApp, renderQueryInApp, visibleCounts } from './clientApp.ts';
import { closePage, newProbedPage, openBarePage } from './clientPages.ts';
import type { SizedPayload } from './clientPayloads.ts';
import {
  framesPerSecondWhilePanning,
  lastRenderSpan,
  longestTaskBetween,
  longestTaskSince,
  paintedLayoutCount,
  waitForPaintedLayout,
  type RenderSpan,
} from './pageProbes.ts';

/** How long the viewport moves for the frame-rate figure. */
const PAN_MS = 3000;
/** A pause after the viewport probe, so a task still running then is reported. */
const SETTLE_MS = 500;

export interface CanvasSize {
  canvasWidthPx: number;
  canvasHeightPx: number;
}

export interface PageFigures extends CanvasSize {
  renderMs: number;
  layoutMs: number;
  firstFrameMs: number;
  longestTaskDuringRenderMs: number;
  /** Only on the run that also moves the viewport: after a second of moving, and in that second. */
  fps?: number;
  fpsFirstSecond?: number;
  longestTaskAfterRenderMs?: number;
  /** Only on the app run that also exports. */
  exportPngMs?: number;
  exportPngBytes?: number;
}

const round = (value: number): number => Math.round(value);

async function figuresAfter(
  page: Page,
  span: RenderSpan,
  probeViewport: boolean,
): Promise<PageFigures> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas is not on the page.');
  const figures: PageFigures = {
    canvasWidthPx: round(box.width),
    canvasHeightPx: round(box.height),
    renderMs: round(span.renderMs),
    layoutMs: round(span.layoutMs),
    firstFrameMs: round(span.firstFrameMs),
    longestTaskDuringRenderMs: round(
      await longestTaskBetween(page, span.receivedAt, span.firstFrameAt),
    ),
  };
  if (!probeViewport) return figures;
  const { fps, warmupFps } = await framesPerSecondWhilePanning(page, PAN_MS);
  figures.fps = fps;
  figures.fpsFirstSecond = warmupFps;
  // Let a task still running when the probe stopped finish and be reported.
  await page.waitForTimeout(SETTLE_MS);
  figures.longestTaskAfterRenderMs = round(await longestTaskSince(page, span.firstFrameAt));
  return figures;
}

/** One render of `payload` in the app, through the Cypher console; optionally a PNG export after. */
export async function measureApp(
  browser: Browser,
  serverUrl: string,
  payload: SizedPayload,
  probe: { viewport: boolean; exportScale?: number },
  log: (line: string) => void,
): Promise<PageFigures> {
  const page = await newProbedPage(browser, log);
  try {
    await openApp(page, serverUrl);
    const span = await renderQueryInApp(page, payload.cypher);
    const shown = await visibleCounts(page);
    if (shown.nodes !== payload.nodes || shown.edges !== payload.edges)
      throw new Error(
        `The app shows ${String(shown.nodes)} nodes and ${String(shown.edges)} edges; the payload has ${String(payload.nodes)} and ${String(payload.edges)}.`,
      );
    const figures = await figuresAfter(page, span, probe.viewport);
    if (probe.exportScale === undefined) return figures;
    const exported = await exportPngInApp(page, probe.exportScale);
    return { ...figures, exportPngMs: round(exported.exportMs), exportPngBytes: exported.bytes };
  } finally {
    await closePage(page);
  }
}

/**
 * One render of the same graph on the bare page, with the app's layout
 * options for its size, on a canvas of the app's canvas size (the app
 * shares the window with its panels; fewer pixels draw faster).
 */
export async function measureBare(
  browser: Browser,
  graph: EntityGraphDto,
  renderer: 'canvas' | 'webgl',
  probe: { viewport: boolean; size: CanvasSize },
  log: (line: string) => void,
): Promise<PageFigures> {
  const page = await newProbedPage(browser, log);
  try {
    await openBarePage(page, renderer, probe.size);
    const options = layoutOptions({
      name: 'fcose',
      elementCount: graph.nodes.length + graph.edges.length,
      incremental: false,
      animate: false,
    });
    await page.evaluate((payload) => {
      (window as unknown as { __payload: unknown }).__payload = payload;
    }, graph as unknown);
    const before = await paintedLayoutCount(page);
    // Started from a timer, not from the evaluate call itself: the page must run it as an
    // ordinary task, as the app runs its own, or the long-task observer does not see it.
    await page.evaluate(
      ({ layout, marks }) => {
        const bare = window as unknown as {
          __payload: unknown;
          renderPayload(graph: unknown, layout: unknown, marks: unknown): Promise<unknown>;
        };
        setTimeout(() => void bare.renderPayload(bare.__payload, layout, marks), 0);
      },
      { layout: options, marks: { received: GRAPH_RECEIVED_MARK, layoutDone: LAYOUT_DONE_MARK } },
    );
    await waitForPaintedLayout(page, before);
    return await figuresAfter(page, await lastRenderSpan(page), probe.viewport);
  } finally {
    await closePage(page);
  }
}

/** Checks that the app starts at all before the long runs, with a clear message if not. */
export async function checkAppOpens(
  browser: Browser,
  serverUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const page = await newProbedPage(browser, log);
  try {
    await openApp(page, serverUrl);
  } finally {
    await closePage(page);
  }
}
