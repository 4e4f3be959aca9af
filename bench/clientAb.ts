/**
 * `npx tsx bench/clientAb.ts URL_A URL_B [elements] [repeats]`: two builds of
 * the app side by side on the same payload, run in turn so that the
 * machine's load hits both alike. Both servers must read the same graph
 * (the bench instance). The bare page is left out: on the `small` graph
 * the first 10 000 elements are one dense component, which plain fcose did
 * not lay out within the probes' 3 minutes.
 * Prints the median render time (payload arrival to the drawn layout) and
 * the median longest main-thread task during it.
 */
import { launchBrowser } from './clientPages.ts';
import { edgeLimitsFor, sizedPayload } from './clientPayloads.ts';
import { measureApp, type PageFigures } from './clientRender.ts';
import { median } from './clientSizes.ts';

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [urlA, urlB, elementsArg = '10000', repeatsArg = '3'] = process.argv.slice(2);
  if (!urlA || !urlB) throw new Error('Usage: clientAb.ts URL_A URL_B [elements] [repeats]');
  const elements = Number(elementsArg);
  const limit = (await edgeLimitsFor(urlA, [elements])).get(elements) ?? 0;
  const payload = await sizedPayload(urlA, limit);
  const browser = await launchBrowser();
  const runs: Record<'A' | 'B', PageFigures[]> = { A: [], B: [] };
  const quiet = () => undefined;
  try {
    for (let i = 0; i < Number(repeatsArg); i += 1) {
      runs.A.push(await measureApp(browser, urlA, payload, { viewport: false }, quiet));
      runs.B.push(await measureApp(browser, urlB, payload, { viewport: false }, quiet));
    }
  } finally {
    await browser.close();
  }
  console.log(
    `${String(payload.elements)} elements (${String(payload.nodes)} nodes, ${String(payload.edges)} edges), ${repeatsArg} runs each`,
  );
  for (const [name, list] of Object.entries(runs))
    console.log(
      `${name.padEnd(4)} render ${String(median(list.map((r) => r.renderMs)))} ms (${list.map((r) => Math.round(r.renderMs)).join(', ')}); ` +
        `longest task during it ${String(median(list.map((r) => r.longestTaskDuringRenderMs)))} ms (${list.map((r) => Math.round(r.longestTaskDuringRenderMs)).join(', ')})`,
    );
}
