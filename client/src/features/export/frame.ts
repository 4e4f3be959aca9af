/**
 * Where everything goes in an exported image, in image pixels: the title
 * block, the graph, the legend and the source lines. Pure (text is measured
 * through a function), so PNG, SVG and the preview share one layout and the
 * layout has its own tests.
 */
import { LEGEND_SIZES, legendBelow, type LegendBlock } from './legendLayout.ts';
import { arrangePreset, type Arrangement } from './presetRoom.ts';

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
  /** Between the graph and a legend beside it. */
  legendGap: 24,
  blockGap: 12,
  lineHeight: 1.25,
  /** A header or footer line never wraps narrower than this, even around a tiny graph. */
  minContent: 320,
} as const;

export type TextRole = 'title' | 'subtitle' | 'source';

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
  | { kind: 'fit'; scale: number }
  | {
      kind: 'preset';
      width: number;
      height: number;
      unit: number;
      /**
       * The smallest label that reads at this size, in image pixels
       * (presets.ts); the legend's type is sized from it. Absent: from `unit`.
       */
      labelPx?: number;
      /** The legend may go beside the graph (a wide image) when that leaves the graph more room. */
      legendBeside?: boolean;
    };

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
  /** The most room the graph may take, in image pixels (a preset's fit works towards it). */
  graphRoom: { w: number; h: number };
  lines: TextLine[];
  /** The legend's block in image pixels, with each row's left edge and vertical centre, or null. */
  legend:
    | (Omit<LegendBlock, 'items'> & {
        x: number;
        y: number;
        items: { x: number; y: number }[];
      })
    | null;
}

/**
 * The legend's text against the graph's labels: a little larger, so it
 * reads as the key, but never so large that it takes the eye from the graph.
 */
export const LEGEND_TO_LABEL = 1.1;

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
 * drawn at `scale`, with the legend below it; with a preset, the image has
 * exactly the preset's size and the graph is scaled to the room left by
 * margins, text and legend (at most twice the unit, so one entity does not
 * fill a slide).
 */
export function planFrame(request: FrameRequest): FramePlan {
  const unit = request.size.kind === 'fit' ? request.size.scale : request.size.unit;
  const margin = EXPORT_MARGIN * unit;
  const gap = SIZES.blockGap * unit;
  const fitLegend =
    request.size.kind === 'fit' && request.legend.length > 0
      ? legendBelow(
          request.legend,
          Math.max(request.graph.w * unit, SIZES.minContent * unit),
          unit,
          EXPORT_FONT_STACK,
          request.measure,
        )
      : null;
  const contentWidth =
    request.size.kind === 'fit'
      ? Math.max(request.graph.w * unit, SIZES.minContent * unit, fitLegend?.w ?? 0)
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
  const top = margin + headerHeight;

  let width: number;
  let height: number;
  let arranged: Arrangement;
  if (request.size.kind === 'fit') {
    const graphHeight = request.graph.h * unit;
    const legendHeight = fitLegend ? fitLegend.h + gap : 0;
    width = Math.ceil(contentWidth + 2 * margin);
    height = Math.ceil(top + graphHeight + legendHeight + footerHeight + margin);
    const room = { x: margin, y: top, w: request.graph.w * unit, h: graphHeight };
    arranged = {
      room,
      legend: fitLegend,
      legendAt: { x: margin, y: top + graphHeight + gap },
      scale: unit,
      available: { w: room.w, h: room.h },
    };
  } else {
    width = request.size.width;
    height = request.size.height;
    const room = {
      // One 1× pixel of air inside the margin: a plate or line on the room's edge is
      // antialiased into the pixel beside it.
      x: margin + unit,
      y: top,
      w: contentWidth - 2 * unit,
      h: Math.max(height - top - footerHeight - margin, 1),
    };
    const { labelPx } = request.size;
    arranged = arrangePreset({
      ...request,
      size: {
        ...request.size,
        ...(labelPx === undefined
          ? {}
          : {
              legendUnit: (labelPx * LEGEND_TO_LABEL) / LEGEND_SIZES.font,
              legendMinUnit: labelPx / LEGEND_SIZES.font,
            }),
      },
      room,
      gap,
      besideGap: SIZES.legendGap * request.size.unit,
      fontStack: EXPORT_FONT_STACK,
    });
  }
  const { room, scale, legend, legendAt, available } = arranged;
  return {
    width,
    height,
    unit,
    graph: {
      x: room.x + (room.w - request.graph.w * scale) / 2,
      y: room.y + (room.h - request.graph.h * scale) / 2,
      scale,
    },
    graphRoom: available,
    lines: [
      ...place(header, margin, margin, unit),
      ...place(footer, margin, height - margin - blockHeight(footer), unit),
    ],
    legend: legend
      ? {
          ...legend,
          ...legendAt,
          items: legend.items.map((item) => ({
            x: legendAt.x + item.x,
            y: legendAt.y + item.y,
          })),
        }
      : null,
  };
}
