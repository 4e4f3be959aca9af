/**
 * Where everything goes in an exported image, in image pixels: the title
 * block, the graph, the legend and the source lines. Pure (text is measured
 * through a function), so PNG, SVG and the preview share one layout and the
 * layout has its own tests.
 */

/** The one font stack of every exported image, PNG and SVG alike. */
export const EXPORT_FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Blank space around everything drawn at 1×: news pages want ≥ 24 px. */
export const EXPORT_MARGIN = 24;

/** Sizes at 1× (unit = 1); every size in a frame is this times the frame's unit. */
const SIZES = {
  title: 22,
  subtitle: 16,
  /** 14 px at 1×: the smallest size a news page prints a source or credit line at. */
  source: 14,
  legend: 12,
  legendRow: 22,
  legendSwatch: 14,
  legendText: 36,
  legendGap: 32,
  blockGap: 12,
  lineHeight: 1.25,
  /** A header or footer line never wraps narrower than this, even around a tiny graph. */
  minContent: 320,
} as const;

export type TextRole = 'title' | 'subtitle' | 'source' | 'legend';

export interface TextLine {
  text: string;
  role: TextRole;
  /** Top-left of the line box, in image pixels (textBaseline "top"). */
  x: number;
  y: number;
  /** A CSS font, e.g. `bold 22px system-ui, …`. */
  font: string;
  /** The font size in pixels; the baseline sits this far below `y`. */
  size: number;
}

/** Either the graph's own size times `scale`, or a fixed canvas the graph is fitted into. */
export type FrameSize =
  { kind: 'fit'; scale: number } | { kind: 'preset'; width: number; height: number; unit: number };

export interface FrameRequest {
  /** The drawn graph's bounds in model units, labels included. */
  graph: { w: number; h: number };
  size: FrameSize;
  title: string;
  subtitle: string;
  source: string;
  credit: string;
  /** The legend's labels, in order, or none. */
  legend: readonly string[];
  measure: (text: string, font: string) => number;
}

export interface FramePlan {
  width: number;
  height: number;
  /** Pixels per 1× pixel: margins and text sizes are multiples of it. */
  unit: number;
  /** Where the graph's top-left corner goes, and its model-to-pixel scale. */
  graph: { x: number; y: number; scale: number };
  lines: TextLine[];
  /** Top-left of the legend's first row, with the row height and swatch size, or null. */
  legend: {
    x: number;
    y: number;
    /** Row height, rows per column and column width. */
    row: number;
    rows: number;
    column: number;
    swatch: number;
    textX: number;
    font: string;
  } | null;
}

export function fontFor(role: TextRole, unit: number): string {
  const size = SIZES[role] * unit;
  return `${role === 'title' ? 'bold ' : ''}${String(size)}px ${EXPORT_FONT_STACK}`;
}

/** Greedy word wrap; a single word wider than the line stays whole on its own line. */
export function wrapText(
  text: string,
  maxWidth: number,
  font: string,
  measure: FrameRequest['measure'],
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  role: TextRole;
  lines: string[];
  lineHeight: number;
}

function blocks(
  request: FrameRequest,
  unit: number,
  width: number,
  roles: ('title' | 'subtitle' | 'source')[],
  texts: string[],
): Block[] {
  return roles
    .map((role, i) => ({
      role,
      lines: wrapText(texts[i] ?? '', width, fontFor(role, unit), request.measure),
      lineHeight: SIZES[role] * unit * SIZES.lineHeight,
    }))
    .filter((block) => block.lines.length > 0);
}

const blockHeight = (list: Block[]) =>
  list.reduce((sum, block) => sum + block.lines.length * block.lineHeight, 0);

function place(list: Block[], x: number, top: number, unit: number): TextLine[] {
  const lines: TextLine[] = [];
  let y = top;
  for (const block of list) {
    for (const text of block.lines) {
      lines.push({
        text,
        role: block.role,
        x,
        y,
        font: fontFor(block.role, unit),
        size: SIZES[block.role] * unit,
      });
      y += block.lineHeight;
    }
  }
  return lines;
}

/**
 * The layout of one export. With `fit`, the image grows around the graph
 * drawn at `scale`; with a preset, the image has exactly the preset's size
 * and the graph is scaled to the room left by margins, text and legend
 * (at most twice the unit, so one entity does not fill a slide).
 */
export function planFrame(request: FrameRequest): FramePlan {
  const unit = request.size.kind === 'fit' ? request.size.scale : request.size.unit;
  const margin = EXPORT_MARGIN * unit;
  const gap = SIZES.blockGap * unit;
  const legendFont = fontFor('legend', unit);
  const legendRow = SIZES.legendRow * unit;
  const legendColumn =
    request.legend.length > 0
      ? SIZES.legendText * unit +
        Math.max(...request.legend.map((label) => request.measure(label, legendFont))) +
        gap
      : 0;
  // Rows per legend column: all in one column around a graph's own size; in a preset,
  // as many as the height leaves room for, then another column.
  const rowsPerColumn = (roomHeight: number) => Math.max(1, Math.floor(roomHeight / legendRow));
  const legendShape = (roomHeight: number) => {
    const rows = Math.min(request.legend.length, rowsPerColumn(roomHeight));
    const columns = rows > 0 ? Math.ceil(request.legend.length / rows) : 0;
    return {
      rows,
      width: columns > 0 ? SIZES.legendGap * unit + columns * legendColumn - gap : 0,
      height: rows * legendRow,
    };
  };
  const fitLegend = legendShape(Number.POSITIVE_INFINITY);
  const contentWidth =
    request.size.kind === 'fit'
      ? Math.max(request.graph.w * unit + fitLegend.width, SIZES.minContent * unit)
      : request.size.width - 2 * margin;
  const header = blocks(
    request,
    unit,
    contentWidth,
    ['title', 'subtitle'],
    [request.title, request.subtitle],
  );
  const footer = blocks(
    request,
    unit,
    contentWidth,
    ['source', 'source'],
    [request.source, request.credit],
  );
  const headerHeight = header.length > 0 ? blockHeight(header) + gap : 0;
  const footerHeight = footer.length > 0 ? blockHeight(footer) + gap : 0;

  let width: number;
  let height: number;
  let graph: FramePlan['graph'];
  let legend = fitLegend;
  const top = margin + headerHeight;
  if (request.size.kind === 'fit') {
    const graphHeight = Math.max(request.graph.h * unit, legend.height);
    width = Math.ceil(contentWidth + 2 * margin);
    height = Math.ceil(top + graphHeight + footerHeight + margin);
    graph = { x: margin, y: top, scale: unit };
  } else {
    width = request.size.width;
    height = request.size.height;
    const roomHeight = Math.max(height - top - footerHeight - margin, 1);
    legend = legendShape(roomHeight);
    const roomWidth = Math.max(contentWidth - legend.width, 1);
    const scale = Math.min(
      roomWidth / Math.max(request.graph.w, 1),
      roomHeight / Math.max(request.graph.h, 1),
      2 * unit,
    );
    graph = {
      x: margin + (roomWidth - request.graph.w * scale) / 2,
      y: top + (roomHeight - request.graph.h * scale) / 2,
      scale,
    };
  }
  const legendX = graph.x + request.graph.w * graph.scale + SIZES.legendGap * unit;
  return {
    width,
    height,
    unit,
    graph,
    lines: [
      ...place(header, margin, margin, unit),
      ...place(footer, margin, height - margin - blockHeight(footer), unit),
    ],
    legend:
      request.legend.length > 0
        ? {
            x:
              request.size.kind === 'fit'
                ? legendX
                : width - margin - legend.width + SIZES.legendGap * unit,
            y: top,
            row: legendRow,
            rows: legend.rows,
            column: legendColumn,
            swatch: SIZES.legendSwatch * unit,
            textX: SIZES.legendText * unit,
            font: legendFont,
          }
        : null,
  };
}
