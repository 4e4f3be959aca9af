import C2S from 'canvas2svg';

/** canvas2svg's private state that the adapter needs to look at. */
interface C2SInternals {
  __currentElement: Element;
  beginPath(): void;
}

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
  return context;
}
