/// <reference lib="dom" />
/**
 * `npx tsx bench/firstVisitProfile.ts URL [visits]`: where the first visit's
 * main-thread time goes. Opens the app in a fresh context, records a CDP
 * CPU profile from navigation until the laid-out start view is drawn, and
 * prints the time of a few named steps (inclusive, summed over the visit)
 * plus the functions with the most self time. Function names need an
 * unminified build: `vite build --minify false --outDir /tmp/dist-unmin`,
 * served with `CLIENT_DIST=/tmp/dist-unmin npm start`.
 */
import type { Browser } from 'playwright-core';
import { LAYOUT_DONE_MARK } from '../client/src/graph/instrumentation/benchHook.ts';
import { launchBrowser } from './clientPages.ts';
import { median } from './clientSizes.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of busy samples with no idle gap over 2 ms: roughly one task. */
interface Busy {
  startMs: number;
  ms: number;
  steps: Map<string, number>;
}

/** Steps worth naming: a function name, and what it stands for. */
export const STEPS: [string, string][] = [
  ['forceLayoutJob', 'measuring labels for the layout'],
  ['forceLayout', 'the force layout (fcose)'],
  ['renderFn', "Cytoscape's draws"],
  ['applyViewState', 'adding and styling the elements'],
  ['calculateLabelDimensions', "measuring labels' text"],
  ['recalculateRenderedStyle', "Cytoscape's rendered style"],
  ['performWorkUntilDeadline', "React's scheduled work"],
];

export function analyse(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const steps = new Map<string, number>(STEPS.map(([name]) => [name, 0]));
  const busy: Busy[] = [];
  let clock = profile.startTime;
  let lastBusyAt = -Infinity;
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    clock += profile.timeDeltas[index] ?? 0;
    const node = byId.get(sample);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const at = (clock - profile.startTime) / 1000;
    if (at - lastBusyAt > 2 || busy.length === 0)
      busy.push({ startMs: at, ms: 0, steps: new Map() });
    lastBusyAt = at;
    const task = busy[busy.length - 1];
    if (task) task.ms += ms;
    // Native work (style, layout, paint) shows as "(program)": part of a task, not a function.
    if (functionName === '(program)') return;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}:${String(lineNumber + 1)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    // Inclusive: count each named step once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)?.callFrame.functionName ?? '';
      if (steps.has(name) && !seen.has(name)) {
        seen.add(name);
        steps.set(name, (steps.get(name) ?? 0) + ms);
        if (task) task.steps.set(name, (task.steps.get(name) ?? 0) + ms);
      }
    }
  });
  return { steps, self, busy };
}

async function profileVisit(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((layoutDone: string) => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        const entry = mark(name, options);
        if (name === layoutDone)
          requestAnimationFrame(() => document.documentElement.setAttribute('data-drawn', '1'));
        return entry;
      };
    }, LAYOUT_DONE_MARK);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForSelector('html[data-drawn]', { timeout: 60_000 });
    const drawnMs = await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1,
      LAYOUT_DONE_MARK,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return { drawnMs, ...analyse(profile) };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [url = 'http://127.0.0.1:3000', visitsArg = '3'] = process.argv.slice(2);
  const browser = await launchBrowser();
  try {
    const visits = [];
    for (let i = 0; i < Number(visitsArg); i += 1) visits.push(await profileVisit(browser, url));
    const round = (n: number) => Math.round(n);
    console.log(`layout done at (ms): ${visits.map((v) => round(v.drawnMs)).join(', ')}`);
    const last = visits[visits.length - 1];
    console.log("the last visit's tasks over 30 ms (ms from the profile's start):");
    for (const task of last?.busy.filter((b) => b.ms > 30) ?? []) {
      const named = [...task.steps].map(([n, ms]) => `${n} ${String(round(ms))}`).join(', ');
      console.log(`  at ${String(round(task.startMs))}: ${String(round(task.ms))} ms  ${named}`);
    }
    for (const [name, meaning] of STEPS) {
      const each = visits.map((v) => v.steps.get(name) ?? 0);
      console.log(`${name} (${meaning}): median ${String(round(median(each)))} ms`);
    }
    const self = new Map<string, number[]>();
    for (const visit of visits)
      for (const [key, ms] of visit.self) self.set(key, [...(self.get(key) ?? []), ms]);
    const top = [...self.entries()]
      .map(([key, list]) => [key, list.reduce((a, b) => a + b, 0) / visits.length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25);
    console.log('most self time (mean per visit):');
    for (const [key, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  } finally {
    await browser.close();
  }
}
