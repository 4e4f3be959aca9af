/// <reference lib="dom" />
import type { Browser, Response } from 'playwright-core';
import { LAYOUT_DONE_MARK } from '../client/src/graph/instrumentation/benchHook.ts';
import type {} from '../client/src/graph/instrumentation/testHookTypes.ts';

/** One script the first visit downloaded, as the network delivered it. */
export interface ScriptTransfer {
  /** Path and query of the URL, without the origin. */
  path: string;
  /** Body bytes on the wire (after Content-Encoding), from Chromium's network stack. */
  encodedBytes: number;
  /** The Content-Encoding the server chose ('' for none). */
  encoding: string;
}

export interface FirstVisit {
  /** Every script response that arrived before the start view's first layout finished. */
  scripts: ScriptTransfer[];
  scriptBytes: number;
  /** Navigation start to the layout-done mark of the start view (performance.now()). */
  layoutDoneMs: number;
  /** Navigation start to the first animation frame after that mark: the laid-out graph is drawn. */
  interactiveMs: number;
  /** The longest main-thread task from navigation to that frame. */
  longestTaskMs: number;
}

interface VisitProbe {
  drawnAt: number | null;
  longTasks: number[];
}

declare global {
  interface Window {
    __firstVisit?: VisitProbe;
  }
}

const isScript = (response: Response): boolean => {
  const type = response.headers()['content-type'] ?? '';
  return /javascript/.test(type) || /\.m?js(\?|$)/.test(new URL(response.url()).pathname);
};

/**
 * Opens the app at `url` in a fresh browser context (empty cache) and
 * records, from the network, every script it downloads until the start
 * view's first layout has finished and been drawn, with the time that took
 * from navigation. The context asks for `encoding` only (gzip unless told):
 * see the budget test (tests/e2e/first-visit.test.ts) for why gzip.
 */
export async function measureFirstVisit(
  browser: Browser,
  url: string,
  { encoding = 'gzip', timeoutMs = 60_000 }: { encoding?: 'gzip' | 'br'; timeoutMs?: number } = {},
): Promise<FirstVisit> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    extraHTTPHeaders: { 'Accept-Encoding': encoding },
  });
  try {
    const pending: Promise<ScriptTransfer | null>[] = [];
    let counting = true;
    // Context-wide, so a worker's script, fetched outside the page's frame, counts too.
    context.on('response', (response) => {
      if (!counting || !isScript(response)) return;
      pending.push(
        response
          .request()
          .sizes()
          .then((sizes) => ({
            path: new URL(response.url()).pathname,
            // Chromium reports 0 body bytes for a worker's script; its Content-Length is
            // still what came over the wire (the server sends one with every asset).
            encodedBytes: Math.max(
              sizes.responseBodySize,
              Number(response.headers()['content-length'] ?? 0) || 0,
            ),
            encoding: response.headers()['content-encoding'] ?? '',
          }))
          .catch(() => null),
      );
    });
    const page = await context.newPage();
    await page.addInitScript((layoutDone: string) => {
      const probe: VisitProbe = { drawnAt: null, longTasks: [] };
      window.__firstVisit = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        const entry = mark(name, options);
        if (name === layoutDone && probe.drawnAt === null)
          requestAnimationFrame(() => (probe.drawnAt ??= performance.now()));
        return entry;
      };
    }, LAYOUT_DONE_MARK);
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const hook = window.__newsgraph;
        return (
          hook !== undefined &&
          hook.visibleNodeIds().length > 0 &&
          !hook.layoutRunning() &&
          hook.layoutRuns() > 0 &&
          window.__firstVisit?.drawnAt != null
        );
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    counting = false;
    const timing = await page.evaluate((layoutDone: string) => {
      const probe = window.__firstVisit;
      const done = performance.getEntriesByName(layoutDone)[0]?.startTime;
      if (!probe || probe.drawnAt === null || done === undefined)
        throw new Error('The start view set no layout-done mark.');
      return {
        layoutDoneMs: done,
        interactiveMs: probe.drawnAt,
        longestTaskMs: Math.max(0, ...probe.longTasks),
      };
    }, LAYOUT_DONE_MARK);
    const scripts = (await Promise.all(pending)).filter((s): s is ScriptTransfer => s !== null);
    return {
      scripts,
      scriptBytes: scripts.reduce((sum, s) => sum + s.encodedBytes, 0),
      layoutDoneMs: Math.round(timing.layoutDoneMs),
      interactiveMs: Math.round(timing.interactiveMs),
      longestTaskMs: Math.round(timing.longestTaskMs),
    };
  } finally {
    await context.close();
  }
}
