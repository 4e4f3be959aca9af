import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { entityStyle, NARRATED_STYLE, STANCE_STYLES } from '../../graph/entityStyles.ts';

export interface AnnotationOptions {
  title: string;
  legend: boolean;
  source: string;
}

const ROW = 22;

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

  if (options.title) text('annotation:title', options.title, box.x1, box.y1 - 40, 'title');
  if (options.source) text('annotation:source', options.source, box.x1, box.y2 + 30, 'source');

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
  return cy.add(defs);
}
