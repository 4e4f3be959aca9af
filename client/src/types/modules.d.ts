// Packages that ship no TypeScript declarations; only what we call is declared.
declare module 'cytoscape-dagre' {
  import type { Ext } from 'cytoscape';
  const dagre: Ext;
  export default dagre;
}

declare module 'canvas2svg' {
  /** A CanvasRenderingContext2D look-alike that records drawing as SVG. */
  export default class C2S {
    constructor(width: number, height: number);
    getSerializedSvg: (fixNamedEntities?: boolean) => string;
    getSvg: () => SVGSVGElement;
  }
}
