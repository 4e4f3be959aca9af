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
  drawnLabel(id: string): string | null;
  edgeIdsBetween(a: string, b: string): string[];
  /** Where an element is on the page, in CSS pixels, for real mouse clicks. */
  pagePosition(id: string): { x: number; y: number } | null;
  modelPosition(id: string): { x: number; y: number } | null;
  layoutRunning(): boolean;
  layoutRuns(): number;
  /** How many frames Cytoscape has drawn (its 'render' event) since the hook was installed. */
  framesDrawn(): number;
  exportBoundingBox(): { w: number; h: number };
  /** Zoom level and pan (as a shared link records them) and the canvas's size in CSS pixels. */
  viewport(): { zoom: number; pan: { x: number; y: number }; width: number; height: number };
  /** Each visible entity's label font size on screen, in CSS pixels (zoom × font-size); 0 when hidden. */
  entityLabelSizes(): Record<string, number>;
  /** The label drawn on the canvas (possibly shortened) and the full name it stands for. */
  labelOf(id: string): { label: string; name: string } | null;
  /** Pairs of visible nodes whose shapes overlap on the canvas, each pair sorted. */
  overlappingNodes(): [string, string][];
  /** What the last PNG or SVG export drew, or null before the first one. */
  lastImageExport(): ExportReport | null;
}

/** A rectangle in an exported image's pixels. */
export interface PixelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A relationship's line as the export drew it, in image pixels: Cytoscape's
 * own points (start, then for a curve a control point and an end per
 * quadratic piece; for a straight line each corner), its width and the gap
 * between its dashes or dots (0 when solid).
 */
export interface DrawnLine {
  points: { x: number; y: number }[];
  curved: boolean;
  width: number;
  gap: number;
}

/**
 * What the last image export drew, in the image's own pixels: the image
 * size, each entity's label and shape, each relationship label with its
 * line's colour, and the legend's rows. The export writes it as it draws.
 */
export interface ExportReport {
  format: 'png' | 'svg';
  width: number;
  height: number;
  /** Model-to-pixel scale of the graph in the image. */
  scale: number;
  /** True when the pixel budget lowered the scale asked for. */
  scaleLowered: boolean;
  /** Each entity label; `key` is the letter drawn instead of the name (the legend's key gives it). */
  labels: { id: string; text: string; key: string | null; box: PixelBox }[];
  shapes: { id: string; box: PixelBox }[];
  /**
   * Each relationship label's plate; `marker` is the number drawn instead of
   * the text when the text found no clear spot (the legend's key gives it).
   */
  edgeLabels: {
    id: string;
    text: string;
    marker: number | null;
    lineColour: [number, number, number];
    box: PixelBox;
    /** The relationship's line as drawn, or null when Cytoscape could not draw it. */
    line: DrawnLine | null;
  }[];
  legend: string[];
  /** The legend's block (its key included), or null when none is drawn. */
  legendBox: PixelBox | null;
  /** Title, subtitle, source and credit lines: text, top-left and font size in pixels. */
  lines: { text: string; x: number; y: number; size: number }[];
  /**
   * A preset's search for readable labels (features/export/readableFit.ts):
   * how long it took (the drawing's own layout included), each trial's
   * lettering stage, bisection point and smallest label (image px), the
   * wrap width drawn and how many names became letters; null for a size
   * without a readable minimum.
   */
  fit: {
    ms: number;
    steps: { stage: number; s: number; labelPx: number }[];
    wrap: number | null;
    letters: number;
  } | null;
  /**
   * Font sizes in image pixels (font size × scale): the smallest entity
   * label and relationship label drawn, and the legend's text; null for none.
   */
  textSizes: {
    entityLabels: number | null;
    relationshipLabels: number | null;
    legend: number | null;
  };
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphTestHook;
  }
}
