import type { Browser } from 'playwright-core';
import { buildClientIfStale } from '../tools/clientBuild.ts';
import { expandInApp } from './clientApp.ts';
import { bundleSizes } from './clientBundle.ts';
import { closePage, launchBrowser, newProbedPage } from './clientPages.ts';
import { edgeLimitsFor, sizedPayload, type SizedPayload } from './clientPayloads.ts';
import { checkAppOpens, measureBare, type CanvasSize } from './clientRender.ts';
import { benchSize, median, type SizeResult } from './clientSizes.ts';
import { benchFirstVisit } from './clientFirstVisit.ts';
import { clientTargets } from './clientTargets.ts';
import { HUB_ID } from './generator.ts';

/**
 * The client benchmark of issue #6, in headless Chromium without a GPU: our
 * app against a bare Cytoscape page given the same payload and layout
 * options, at each size; frames per second while the viewport moves; the
 * longest main-thread task; hub expansion through the UI; PNG export; the
 * first visit (scripts from the network, time to the drawn start view);
 * what each chunk holds; and Cytoscape's WebGL renderer on the bare page.
 *
 * The server at `serverUrl` must serve the built client (built here when
 * client/dist is missing or stale), hold the synthetic graph (hub
 * `bench-hub`), return Cypher results of max(sizes) rows
 * (CYPHER_ROW_LIMIT=20000) and give the payload query time to sort the
 * relationships by id (CYPHER_TIMEOUT_MS=60000 on the full preset).
 */
export interface ClientBenchOptions {
  serverUrl: string;
  log: (line: string) => void;
  /** Elements (nodes + edges) per payload. */
  sizes?: number[];
  /** Renders per size and page; the median is reported. */
  repeats?: number;
}

const DEFAULT_SIZES = [1000, 5000, 10_000];
const EXPORT_SIZE = 5000;
const EXPORT_SCALE = 2;
const HUB_LIMIT = 500;

/** Cytoscape's WebGL renderer on the bare page, once per size; the error if it cannot start. */
async function benchWebgl(
  browser: Browser,
  payloads: SizedPayload[],
  size: CanvasSize,
  log: (line: string) => void,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const payload of payloads) {
    try {
      const graph = payload.result.graph;
      const figures = await measureBare(browser, graph, 'webgl', { viewport: true, size }, log);
      log(
        `client: WebGL bare page, ${String(payload.elements)} elements: render ${String(figures.renderMs)} ms, ${String(figures.fps)} fps`,
      );
      rows.push({ elements: payload.elements, ...figures });
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`client: WebGL bare page, ${String(payload.elements)} elements failed: ${message}`);
      rows.push({ elements: payload.elements, error: message });
    }
  }
  return rows;
}

async function benchHubExpansion(
  browser: Browser,
  options: ClientBenchOptions,
  repeats: number,
): Promise<Record<string, unknown>> {
  const runs: { clickToDrawnMs: number; nodes: number; edges: number }[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const page = await newProbedPage(browser, options.log);
    try {
      const span = await expandInApp(page, options.serverUrl, HUB_ID, HUB_LIMIT);
      runs.push({
        clickToDrawnMs: Math.round(span.renderMs),
        nodes: span.nodes,
        edges: span.edges,
      });
    } finally {
      await closePage(page);
    }
  }
  const clickToDrawnMs = median(runs.map((r) => r.clickToDrawnMs));
  options.log(
    `client: expand ${HUB_ID} with limit ${String(HUB_LIMIT)}: ${String(clickToDrawnMs)} ms from click to drawn layout`,
  );
  return { limit: HUB_LIMIT, clickToDrawnMs, runs };
}

export async function runClientBench(
  options: ClientBenchOptions,
): Promise<Record<string, unknown>> {
  const { log, serverUrl } = options;
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const repeats = Math.max(1, options.repeats ?? 3);
  if (await buildClientIfStale())
    log('client: built client/dist (it was missing or older than its sources)');
  const bundle = bundleSizes();
  const parts = bundle.files.map(
    (f) => `${f.file} (${f.role}) ${String(f.gzipKiB)} KiB gzip, ${String(f.brotliKiB)} brotli`,
  );
  log(`client: chunks: ${parts.join(', ')}`);

  const limits = await edgeLimitsFor(serverUrl, sizes);
  const payloads: SizedPayload[] = [];
  for (const size of sizes) payloads.push(await sizedPayload(serverUrl, limits.get(size) ?? 0));
  const exportAt = sizes.includes(EXPORT_SIZE) ? EXPORT_SIZE : sizes[0];

  const browser = await launchBrowser();
  try {
    await checkAppOpens(browser, serverUrl, log);
    const firstVisit = await benchFirstVisit(browser, serverUrl, repeats, log);
    const rendering: SizeResult[] = [];
    for (const [index, payload] of payloads.entries())
      rendering.push(
        await benchSize(
          browser,
          serverUrl,
          payload,
          { repeats, exportScale: sizes[index] === exportAt ? EXPORT_SCALE : undefined },
          log,
        ),
      );
    const hubExpansion = await benchHubExpansion(browser, options, repeats);
    const canvas = rendering[0]?.app ?? { canvasWidthPx: 1280, canvasHeightPx: 720 };
    const webglBare = await benchWebgl(browser, payloads, canvas, log);
    return {
      chromium: browser.version(),
      repeats,
      rendering,
      hubExpansion,
      webglBare,
      bundle,
      firstVisit,
      targets: clientTargets(rendering, sizes, firstVisit),
    };
  } finally {
    await browser.close();
  }
}

/** For a quick look without the rest of the benchmark: `npx tsx bench/clientBench.ts URL [sizes] [repeats]`. */
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [serverUrl = 'http://127.0.0.1:3099', sizeList, repeats] = process.argv.slice(2);
  const sizes = sizeList?.split(',').map(Number);
  runClientBench({
    serverUrl,
    log: (line) => console.log(line),
    ...(sizes ? { sizes } : {}),
    ...(repeats ? { repeats: Number(repeats) } : {}),
  })
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
