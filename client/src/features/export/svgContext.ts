import C2S from 'canvas2svg';
import { EXPORT_FONT_STACK } from './frame.ts';

/** canvas2svg's private state that the adapter needs to look at. */
interface C2SInternals {
  __currentElement: Element;
  beginPath(): void;
}

/** The one font stack of an exported SVG, set on the root so every label uses it. */
export const SVG_FONT_STACK = EXPORT_FONT_STACK;

type Method = (...args: unknown[]) => unknown;

const PATH_COMMANDS = ['moveTo', 'lineTo', 'arc', 'arcTo', 'bezierCurveTo', 'quadraticCurveTo'];
const PAINT_COMMANDS = ['fill', 'stroke'];

/**
 * A canvas2svg context that Cytoscape's renderer can draw into. Cytoscape
 * draws rounded polygons with `arc`/`lineTo` without `beginPath` (it
 * normally draws them into a fresh Path2D). canvas2svg then either throws
 * (its current element is a group, after text) or appends the new shape to
 * the previous, already painted path. So: a path command after a paint, or
 * outside a path, starts a new path first, which is what each Cytoscape
 * shape means. Line dashes, which canvas2svg lacks, become `stroke-dasharray`.
 */
export function createSvgContext(width: number, height: number): CanvasRenderingContext2D & C2S {
  const context = new C2S(width, height) as unknown as CanvasRenderingContext2D &
    C2S &
    C2SInternals;
  const methods = context as unknown as Record<string, Method | undefined>;
  let painted = false;

  const wrap = (name: string, before: (self: C2SInternals) => void) => {
    const original = methods[name];
    if (!original) return;
    methods[name] = function (this: C2SInternals, ...args: unknown[]) {
      before(this);
      return original.apply(this, args);
    };
  };

  const beginPath = methods.beginPath;
  methods.beginPath = function (this: C2SInternals, ...args: unknown[]) {
    painted = false;
    return beginPath?.apply(this, args);
  };
  for (const name of PATH_COMMANDS) {
    wrap(name, (self) => {
      if (painted || self.__currentElement.nodeName !== 'path') self.beginPath();
    });
  }
  // canvas2svg has no line dashes; without them claims would lose their dashed and dotted styles.
  let dash: number[] = [];
  methods.setLineDash = (segments: unknown) => {
    dash = Array.isArray(segments)
      ? segments.filter((n): n is number => typeof n === 'number')
      : [];
  };
  methods.getLineDash = () => [...dash];
  for (const name of PAINT_COMMANDS) {
    const original = methods[name];
    if (!original) continue;
    methods[name] = function (this: C2SInternals, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (name === 'stroke' && dash.length > 0) {
        this.__currentElement.setAttribute('stroke-dasharray', dash.join(' '));
      }
      painted = true;
      return result;
    };
  }
  mergeTextHalos(methods);
  return context;
}

/**
 * Cytoscape draws a label's halo with strokeText, then the label with
 * fillText at the same place; canvas2svg writes each as its own <text>, so
 * every label would be in the file twice. The fill is folded into the halo's
 * element instead, with `paint-order="stroke"` so the halo stays beneath.
 */
function mergeTextHalos(methods: Record<string, Method | undefined>): void {
  const strokeText = methods.strokeText;
  const fillText = methods.fillText;
  if (!strokeText || !fillText) return;
  let halo: { element: Element; key: string } | null = null;
  methods.strokeText = function (this: C2SInternals, ...args: unknown[]) {
    const result = strokeText.apply(this, args);
    halo = { element: this.__currentElement, key: JSON.stringify(args) };
    return result;
  };
  methods.fillText = function (this: C2SInternals, ...args: unknown[]) {
    const result = fillText.apply(this, args);
    const filled = this.__currentElement;
    if (
      halo &&
      halo.key === JSON.stringify(args) &&
      filled.parentNode === halo.element.parentNode
    ) {
      for (const name of ['fill', 'fill-opacity']) {
        const value = filled.getAttribute(name);
        if (value === null) halo.element.removeAttribute(name);
        else halo.element.setAttribute(name, value);
      }
      halo.element.setAttribute('paint-order', 'stroke');
      filled.remove();
      this.__currentElement = halo.element;
    }
    halo = null;
    return result;
  };
}

/**
 * The finished SVG: a viewBox so it scales, and one font stack on the root
 * instead of the family canvas2svg parsed from each label's font.
 */
export function finishSvg(context: C2S, width: number, height: number): string {
  const root = context.getSvg();
  root.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  root.setAttribute('font-family', SVG_FONT_STACK);
  for (const text of root.querySelectorAll('text')) text.removeAttribute('font-family');
  return context.getSerializedSvg(true);
}
