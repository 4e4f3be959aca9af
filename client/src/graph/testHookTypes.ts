/**
 * Read-only accessors for the browser tests, on `window.__newsgraph`. They
 * only read Cytoscape's state (what is drawn, where, what is selected); every
 * change in a test goes through the real UI. This file has no imports so the
 * end-to-end tests can type against it without pulling in the client.
 */
export interface NewsgraphTestHook {
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  selectedIds(): string[];
  classesOf(id: string): string[];
  /** The label drawn for an element, or null when it is not on the canvas or hidden. */
  labelOf(id: string): string | null;
  edgeIdsBetween(a: string, b: string): string[];
  /** Where an element is on the page, in CSS pixels, for real mouse clicks. */
  pagePosition(id: string): { x: number; y: number } | null;
  modelPosition(id: string): { x: number; y: number } | null;
  /** Zoom level and pan, as a shared link records them. */
  viewport(): { zoom: number; pan: { x: number; y: number } };
  layoutRunning(): boolean;
  layoutRuns(): number;
  exportBoundingBox(): { w: number; h: number };
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphTestHook;
  }
}
