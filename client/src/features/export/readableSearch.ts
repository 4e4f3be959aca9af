/**
 * The readable search (readableFit.ts) run on a live graph: which names the
 * export labels, how many lines each takes at a wrap width, and the
 * preset's minimum. The caller lays out and measures each trial.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { ImageExportOptions } from './exportLayout.ts';
import { scopeOf } from './exportScope.ts';
import { wrapText } from './frame.ts';
import type { Squeeze } from './exportScope.ts';
import {
  letteringStages,
  searchReadable,
  type FitTrial,
  type ReadableChoice,
  type ReadableResult,
} from './readableFit.ts';
import { measureText } from './measureText.ts';

/**
 * Above this many labelled entities a preset does not search for readable
 * labels: no squeeze makes hundreds of names readable on one page, each
 * trial costs seconds at that size, and the notice says how small they are.
 */
const READABLE_MAX_ENTITIES = 150;

const measure = measureText;

/** The preset's readable label size in image pixels, or null for none. */
export function readableLabelPx(options: ImageExportOptions): number | null {
  const size = options.size;
  return size?.kind === 'preset' && size.labelPx !== undefined ? size.labelPx : null;
}

/** What the search's result depends on: the view drawn and the export's options. */
function viewKey(cy: Core, options: ImageExportOptions): string {
  const nodes = cy
    .nodes(':visible')
    .map((n): unknown[] => [
      n.id(),
      n.data('name') as unknown,
      n.position('x'),
      n.position('y'),
      n.selected(),
    ]);
  const edges = cy
    .edges(':visible')
    .map((e): unknown[] => [e.id(), e.data('label') as unknown, e.selected()]);
  const { scope, labels, size, annotations } = options;
  return JSON.stringify({ nodes, edges, scope, labels, size, annotations });
}

/** The last search, by view, finished or running: the preview and the export of one view share it. */
let last: { key: string; result: Promise<(ReadableResult & { ms: number }) | null> } | null = null;

/** Lets the page handle input between two trials: each lays the graph out and puts it back. */
const pause = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * For a preset with a readable minimum, the squeeze and lettering to draw
 * with and how long the search took (null for any other size, or for too
 * many entities to search). `trial` lays one choice out on cy, measures it
 * and puts cy back; trials run one per task, so the page stays responsive.
 * The search is deterministic, so a view searched before (by the preview,
 * say) gives its earlier result, the same as a new search would.
 */
export async function readableChoice(
  cy: Core,
  options: ImageExportOptions,
  trial: (choice: ReadableChoice) => FitTrial,
): Promise<(ReadableResult & { ms: number }) | null> {
  const labelPx = readableLabelPx(options);
  if (labelPx === null) return null;
  const { labelled } = scopeOf(cy, { scope: options.scope, labels: options.labels ?? 'all' });
  const names = labelled.map((n: NodeSingular) => ({
    id: n.id(),
    name: String(n.data('name') ?? ''),
  }));
  // Full names share the entities' one label font (the stylesheet's node rule).
  const first = labelled.first();
  const font = first.nonempty()
    ? `${String(first.style('font-weight'))} ${String(first.style('font-size'))} ${String(first.style('font-family'))}`
    : '16px sans-serif';
  if (names.length > READABLE_MAX_ENTITIES) return null;
  const key = viewKey(cy, options);
  // The preview and the export of one view share one search, even while it runs.
  if (last?.key === key) return last.result;
  const search = (async () => {
    const started = performance.now();
    const stages = letteringStages(
      names,
      (name, width) => wrapText(name, width, font, measure).length,
    );
    const result = await searchReadable(
      stages,
      labelPx,
      async (stage: number, squeeze: Squeeze) => {
        await pause();
        return trial({ ...(stages[stage] ?? { wrap: null, keyed: new Map() }), squeeze });
      },
    );
    return { ...result, ms: performance.now() - started };
  })();
  last = { key, result: search };
  try {
    const found = await search;
    // The view may have changed while the search paused: keep the result only for the view searched.
    if (viewKey(cy, options) !== key && last.key === key) last = null;
    return found;
  } catch (error) {
    if (last?.key === key) last = null;
    throw error;
  }
}
