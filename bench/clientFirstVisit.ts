import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { measureFirstVisit, type FirstVisit } from '../tools/firstVisit.ts';
import { buildClientIfStale } from '../tools/clientBuild.ts';
import { launchBrowser } from './clientPages.ts';
import { median } from './clientSizes.ts';

export interface FirstVisitResult {
  /** Script bytes on the wire before the start view was drawn, gzip and brotli. */
  gzipBytes: number;
  brotliBytes: number;
  scripts: FirstVisit['scripts'];
  /** Medians over the repeats (fresh context, empty cache, each time). */
  interactiveMs: number;
  layoutDoneMs: number;
  longestTaskMs: number;
  runs: { interactiveMs: number; layoutDoneMs: number; longestTaskMs: number }[];
  /** The 1-minute load average before and after the runs: the machine is shared. */
  loadAverage: [number, number];
}

/**
 * The first visit of issue #16: the app's start view opened `repeats` times
 * in a fresh browser context, timed from navigation to the first frame
 * drawn after its layout, with the scripts it downloaded counted from the
 * network (tools/firstVisit.ts).
 */
export async function benchFirstVisit(
  browser: Browser,
  serverUrl: string,
  repeats: number,
  log: (line: string) => void,
): Promise<FirstVisitResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const brotli = await measureFirstVisit(browser, serverUrl, { encoding: 'br' });
  const runs: FirstVisitResult['runs'] = [];
  let gzip: FirstVisit | null = null;
  for (let i = 0; i < repeats; i += 1) {
    gzip = await measureFirstVisit(browser, serverUrl);
    runs.push({
      interactiveMs: gzip.interactiveMs,
      layoutDoneMs: gzip.layoutDoneMs,
      longestTaskMs: gzip.longestTaskMs,
    });
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const result: FirstVisitResult = {
    gzipBytes: gzip?.scriptBytes ?? 0,
    brotliBytes: brotli.scriptBytes,
    scripts: gzip?.scripts ?? [],
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    layoutDoneMs: median(runs.map((r) => r.layoutDoneMs)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    runs,
    loadAverage: [round(loadBefore), round(loadavg()[0] ?? 0)],
  };
  log(
    `client: first visit: ${String(result.gzipBytes)} B of scripts gzip (${String(result.brotliBytes)} B brotli) in ${String(result.scripts.length)} files; interactive ${String(result.interactiveMs)} ms from navigation (median of ${String(repeats)}: ${runs.map((r) => r.interactiveMs).join(', ')}), longest task ${String(result.longestTaskMs)} ms, load average ${String(result.loadAverage[0])}→${String(result.loadAverage[1])}`,
  );
  return result;
}

/** `npx tsx bench/clientFirstVisit.ts URL [repeats]`: this part alone, against a running app. */
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [serverUrl = 'http://127.0.0.1:3099', repeats = '5'] = process.argv.slice(2);
  const browser = await launchBrowser();
  try {
    const result = await benchFirstVisit(browser, serverUrl, Number(repeats), (line) =>
      console.log(line),
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
  }
}

/** The first visit in its own browser, building the client first if it is stale (the load part's). */
export async function firstVisitOnce(
  serverUrl: string,
  repeats: number,
  log: (line: string) => void,
): Promise<FirstVisitResult> {
  if (await buildClientIfStale())
    log('client: built client/dist (it was missing or older than its sources)');
  const browser = await launchBrowser();
  try {
    return await benchFirstVisit(browser, serverUrl, repeats, log);
  } finally {
    await browser.close();
  }
}
