import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { entityStyle, NARRATED_STYLE, STANCE_STYLES } from '../../graph/entityStyles.ts';

export interface AnnotationOptions {
  title: string;
  /** A line under the title; empty for none. */
  subtitle?: string;
  legend: boolean;
  source: string;
  /** e.g. "Graphic: Jane Doe / Newsgraph"; empty for none. */
  credit?: string;
}

const ROW = 22;
/** Blank space around everything drawn, in model units (= pixels at 1×): news pages want ≥ 24 px. */
export const EXPORT_MARGIN = 24;

/**
 * Adds temporary nodes (and sample edges) that draw the title, legend and
 * source line through Cytoscape's own renderer, so cy.png and the SVG path
 * both contain them; the caller removes the returned collection afterwards.
 */
export function addAnnotations(cy: Core, shown: CollectionReturnValue, options: AnnotationOptions) {
  const box = shown.boundingBox();
  const defs: ElementDefinition[] = [];
  const text = (id: string, label: string, x: number, y: number, kind: string) =>
    defs.push({
      group: 'nodes',
      data: { id, label },
      position: { x, y },
      classes: `annotation annotation-${kind}`,
    });

  const subtitle = options.subtitle ?? '';
  const credit = options.credit ?? '';
  if (options.title)
    text('annotation:title', options.title, box.x1, box.y1 - (subtitle ? 64 : 40), 'title');
  if (subtitle) text('annotation:subtitle', subtitle, box.x1, box.y1 - 34, 'subtitle');
  if (options.source) text('annotation:source', options.source, box.x1, box.y2 + 30, 'source');
  if (credit)
    text('annotation:credit', credit, box.x1, box.y2 + (options.source ? 52 : 30), 'source');

  if (options.legend) {
    const left = box.x2 + 60;
    let y = box.y1;
    const types = [...new Set(shown.nodes().map((n) => String(n.data('type'))))].sort();
    for (const type of types) {
      const { color, shape } = entityStyle(type);
      defs.push({
        group: 'nodes',
        data: { id: `annotation:swatch:${type}`, color, shape, label: '' },
        position: { x: left, y },
        classes: 'annotation annotation-swatch',
      });
      text(`annotation:type:${type}`, type, left + 14, y, 'legend');
      y += ROW;
    }
    const stances = new Set(shown.edges().map((e) => String(e.data('stance'))));
    const edgeKinds = [
      { id: 'narrated', data: { attribution: 'narrated' }, label: NARRATED_STYLE.description },
      ...Object.entries(STANCE_STYLES)
        .filter(([stance]) => stances.has(stance))
        .map(([stance, style]) => ({
          id: stance,
          data: { attribution: 'attributed', stance },
          label: style.description,
        })),
    ];
    for (const kind of edgeKinds) {
      y += ROW / 2;
      const from = `annotation:edge-from:${kind.id}`;
      const to = `annotation:edge-to:${kind.id}`;
      defs.push(
        {
          group: 'nodes',
          data: { id: from, label: '' },
          position: { x: left - 8, y },
          classes: 'annotation',
        },
        {
          group: 'nodes',
          data: { id: to, label: '' },
          position: { x: left + 28, y },
          classes: 'annotation',
        },
        {
          group: 'edges',
          data: {
            id: `annotation:edge:${kind.id}`,
            source: from,
            target: to,
            label: '',
            ...kind.data,
          },
          classes: 'annotation-edge',
        },
      );
      text(`annotation:edge-label:${kind.id}`, kind.label, left + 36, y, 'legend');
      y += ROW / 2;
    }
  }
  const added = cy.add(defs);
  return added.union(addMargin(cy, shown.union(added)));
}

/**
 * Two invisible corner nodes EXPORT_MARGIN outside everything drawn: a
 * full-graph image spans the elements' bounds exactly, so this is what
 * gives PNG and SVG exports their blank margin, scaled with the image.
 */
function addMargin(cy: Core, drawn: CollectionReturnValue): CollectionReturnValue {
  const box = drawn.boundingBox();
  const corner = (id: string, x: number, y: number): ElementDefinition => ({
    group: 'nodes',
    data: { id, label: '' },
    position: { x, y },
    classes: 'annotation',
  });
  return cy.add([
    corner('annotation:margin:top-left', box.x1 - EXPORT_MARGIN, box.y1 - EXPORT_MARGIN),
    corner('annotation:margin:bottom-right', box.x2 + EXPORT_MARGIN, box.y2 + EXPORT_MARGIN),
  ]);
}
