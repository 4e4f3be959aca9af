/**
 * The legend's block in an exported image: compact rows (small swatch,
 * small text) in columns, each column as wide as its own longest label, so
 * a few long edge-style names do not widen every column. Pure, like frame.ts.
 */

/** Legend sizes at 1×; every size is this times the frame's unit. */
export const LEGEND_SIZES = {
  font: 11,
  row: 16,
  swatch: 10,
  /** From a row's left edge to its text: the swatch and a little air. */
  textX: 18,
  /** Between two columns. */
  columnGap: 16,
  /** The smallest share of the normal size the legend shrinks to before giving up room. */
  minShrink: 0.6,
} as const;

/** The most of an image a preset's legend may take, so the graph keeps the rest. */
export const LEGEND_MAX_SHARE = 0.2;

export interface LegendBlock {
  /** Width and height of the whole block, in image pixels. */
  w: number;
  h: number;
  /** Each entry's row: its left edge and vertical centre, relative to the block's top-left. */
  items: { x: number; y: number }[];
  row: number;
  swatch: number;
  textX: number;
  font: string;
}

export type Measure = (text: string, font: string) => number;

export function legendFont(unit: number, fontStack: string): string {
  return `${String(LEGEND_SIZES.font * unit)}px ${fontStack}`;
}

/**
 * The legend laid out column by column with `rows` rows, at `unit` pixels
 * per 1× pixel. Entries keep their order, top to bottom, then left to right.
 */
export function legendBlock(
  labels: readonly string[],
  rows: number,
  unit: number,
  fontStack: string,
  measure: Measure,
): LegendBlock {
  const font = legendFont(unit, fontStack);
  const row = LEGEND_SIZES.row * unit;
  const textX = LEGEND_SIZES.textX * unit;
  const perColumn = Math.max(1, Math.min(rows, labels.length));
  const items: LegendBlock['items'] = [];
  let x = 0;
  for (let start = 0; start < labels.length; start += perColumn) {
    const column = labels.slice(start, start + perColumn);
    column.forEach((_, i) => items.push({ x, y: i * row + row / 2 }));
    const widest = Math.max(...column.map((label) => measure(label, font)));
    x += textX + widest + LEGEND_SIZES.columnGap * unit;
  }
  const w = labels.length > 0 ? x - LEGEND_SIZES.columnGap * unit : 0;
  const h = labels.length > 0 ? perColumn * row : 0;
  return { w, h, items, row, swatch: LEGEND_SIZES.swatch * unit, textX, font };
}

/** The flattest block no wider than `maxWidth` (one column if even that is wider). */
export function legendBelow(
  labels: readonly string[],
  maxWidth: number,
  unit: number,
  fontStack: string,
  measure: Measure,
): LegendBlock {
  for (let rows = 1; rows < labels.length; rows += 1) {
    const block = legendBlock(labels, rows, unit, fontStack, measure);
    if (block.w <= maxWidth) return block;
  }
  return legendBlock(labels, labels.length, unit, fontStack, measure);
}

/** The narrowest block no taller than `maxHeight`: as many rows as fit, then another column. */
export function legendBeside(
  labels: readonly string[],
  maxHeight: number,
  unit: number,
  fontStack: string,
  measure: Measure,
): LegendBlock {
  const rows = Math.max(1, Math.floor(maxHeight / (LEGEND_SIZES.row * unit)));
  return legendBlock(labels, rows, unit, fontStack, measure);
}
