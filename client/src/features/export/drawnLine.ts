import type { EdgeSingular } from 'cytoscape';

/** An edge's line as Cytoscape drew it, in model units (see DrawnLine in testHookTypes.ts). */
export interface ModelLine {
  points: { x: number; y: number }[];
  curved: boolean;
  width: number;
  gap: number;
}

/**
 * The render cache Cytoscape draws an edge from (internal, like the renderer
 * entry points in drawFrame.ts): `allpts` is the flat list of the points it
 * strokes, `edgeType` says whether they are joined by quadratic pieces.
 */
interface EdgeScratch {
  _private: { rscratch: { allpts?: number[] | null; edgeType?: string; badLine?: boolean } };
}

const CURVED = new Set(['bezier', 'multibezier', 'self', 'compound']);

/**
 * The line the export has just drawn for `edge`, read from the same cache the
 * drawing used, so a test can compare each plate with the line under it
 * rather than with the geometry the plate was placed from. Null when
 * Cytoscape drew no line (its ends overlap).
 */
export function drawnLine(edge: EdgeSingular): ModelLine | null {
  const scratch = (edge as unknown as EdgeScratch)._private.rscratch;
  const flat = scratch.allpts;
  if (scratch.badLine || !flat || flat.length < 4 || !flat.every(Number.isFinite)) return null;
  const points: ModelLine['points'] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    points.push({ x: flat[i] ?? 0, y: flat[i + 1] ?? 0 });
  const style = String(edge.style('line-style'));
  // Cytoscape dots with setLineDash([1, 1]) and dashes with line-dash-pattern.
  const pattern = String(edge.style('line-dash-pattern'))
    .split(/[\s,]+/)
    .map(parseFloat);
  const gap = style === 'dotted' ? 1 : style === 'dashed' ? (pattern[1] ?? 0) : 0;
  return {
    points,
    curved: CURVED.has(scratch.edgeType ?? ''),
    width: parseFloat(String(edge.style('width'))) || 0,
    gap: Number.isFinite(gap) ? gap : 0,
  };
}
