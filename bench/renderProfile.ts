/// <reference lib="dom" />
/**
 * `npx tsx bench/renderProfile.ts URL [elements]`: where the main thread's
 * time goes while the app renders a payload of about `elements` (10 000
 * unless told) from the Cypher console. Needs a server with a big graph
 * (the bench's: `npm run bench -- --size small --parts load`, then the
 * server against the bench instance) and, for function names, an
 * unminified client (see firstVisitProfile.ts).
 *
 * Prints, in ms from the payload's arrival: every long task and every
 * animation frame over 30 ms (Cytoscape draws in `renderFn`), then for each
 * task over 300 ms the functions with the most inclusive time in it.
 */
import { GRAPH_RECEIVED_MARK } from '../client/src/graph/instrumentation/benchHook.ts';
import { openApp, renderQueryInApp } from './clientApp.ts';
import { launchBrowser } from './clientPages.ts';
import { edgeLimitsFor, payloadCypher } from './clientPayloads.ts';
import type { CpuProfile } from './firstVisitProfile.ts';
import { installProbes } from './pageProbes.ts';

interface Timeline {
  events: { at: number; what: string; ms: number }[];
}

declare global {
  interface Window {
    __renderTimeline?: Timeline;
  }
}

/** Long tasks and slow animation-frame callbacks, with their names, from the page's start. */
function recordTimeline(): void {
  const timeline: Timeline = { events: [] };
  window.__renderTimeline = timeline;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const started = performance.now();
      callback(time);
      const ms = performance.now() - started;
      if (ms > 30) timeline.events.push({ at: started, what: `frame ${callback.name}`, ms });
    });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      timeline.events.push({ at: entry.startTime, what: 'long task', ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Inclusive ms per function (name:line) of the samples between `from` and `to` (page clock). */
function inclusiveBetween(profile: CpuProfile, pageStart: number, from: number, to: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let clock = profile.startTime;
  profile.samples.forEach((sample, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    const at = pageStart + (clock - profile.startTime) / 1000;
    if (at < from || at > to) return;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const key = `${frame.functionName || '(anonymous)'}:${String(frame.lineNumber + 1)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + delta / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [url = 'http://127.0.0.1:3099', elementsArg = '10000'] = process.argv.slice(2);
  const elements = Number(elementsArg);
  const limits = await edgeLimitsFor(url, [elements]);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await installProbes(page);
    await page.addInitScript(recordTimeline);
    await openApp(page, url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const pageStart = await page.evaluate(() => performance.now());
    await cdp.send('Profiler.start');
    const span = await renderQueryInApp(page, payloadCypher(limits.get(elements) ?? 0));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const received = await page.evaluate(
      (mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? 0,
      GRAPH_RECEIVED_MARK,
    );
    const events = await page.evaluate(() => window.__renderTimeline?.events ?? []);
    console.log(`render: ${JSON.stringify(span)}`);
    const sorted = events.filter((e) => e.at >= pageStart).sort((a, b) => a.at - b.at);
    for (const event of sorted)
      console.log(
        `${String(Math.round(event.at - received)).padStart(6)}  ${event.what} ${String(Math.round(event.ms))} ms`,
      );
    for (const task of sorted.filter((e) => e.what === 'long task' && e.ms > 300)) {
      const from = Math.round(task.at - received);
      console.log(`task at ${String(from)} (${String(Math.round(task.ms))} ms), inclusive:`);
      for (const [name, ms] of inclusiveBetween(
        profile,
        pageStart,
        task.at,
        task.at + task.ms,
      ).slice(0, 20))
        console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
  } finally {
    await browser.close();
  }
}
