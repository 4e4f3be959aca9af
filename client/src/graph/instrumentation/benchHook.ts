/**
 * What the client benchmark (bench/clientBench.ts) may use in the page. It
 * has no imports, so the benchmark can import it without the client.
 *
 * - Two performance marks: when a graph payload has arrived and been parsed,
 *   and when the layout that shows it has stopped. The benchmark times the
 *   span between them here and on a bare Cytoscape page that sets the same
 *   marks, so both are measured the same way.
 * - `window.__newsgraphBench`: viewport-only controls. The frame-rate probe
 *   must move the viewport once per animation frame, which Playwright's
 *   mouse cannot do at frame rate; the read-only test hook stays read-only.
 *   Moving the viewport changes no view state. It also tells when Cytoscape
 *   last drew: after a layout, Cytoscape may fill in a big graph over
 *   several frames, and the graph is drawn when the drawing stops.
 */
export const GRAPH_RECEIVED_MARK = 'newsgraph:graph-received';
export const LAYOUT_DONE_MARK = 'newsgraph:layout-done';

/** Sets a mark, dropping the previous one of that name so the timeline never grows. */
export function markForBench(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

export interface NewsgraphBenchHook {
  panBy(dx: number, dy: number): void;
  /** Zooms about the centre of the canvas. */
  zoomBy(factor: number): void;
  /** performance.now() of Cytoscape's last drawn frame (its `render` event). */
  lastRenderAt(): number;
}

declare global {
  interface Window {
    __newsgraphBench?: NewsgraphBenchHook;
  }
}
