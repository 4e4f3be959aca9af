import type { CollectionReturnValue } from 'cytoscape';
import {
  edgeStyleOf,
  entityStyle,
  NARRATED_STYLE,
  OTHER_CLAIM_STYLE,
  STANCE_STYLES,
  type EdgeStyle,
  type NodeShape,
} from '../../graph/entityStyles.ts';

export type LegendEntry =
  | { kind: 'entity'; label: string; color: string; shape: NodeShape }
  | { kind: 'edge'; label: string; color: string; lineStyle: EdgeStyle['lineStyle'] }
  | { kind: 'marker'; label: string; marker: number | string };

/**
 * The legend of an image: the entity types and the edge styles that the
 * image actually draws, nothing else. Types sort by name; edge styles keep
 * one order (narrated, then the stances as declared, then other claims).
 */
export function legendFor(
  types: readonly string[],
  edges: readonly { attribution: string; stance: string | undefined }[],
): LegendEntry[] {
  const entities = [...new Set(types)].sort().map((type): LegendEntry => {
    const { color, shape } = entityStyle(type);
    return { kind: 'entity', label: type, color, shape };
  });
  const drawn = new Set(edges.map((edge) => edgeStyleOf(edge.attribution, edge.stance)));
  const order = [NARRATED_STYLE, ...Object.values(STANCE_STYLES), OTHER_CLAIM_STYLE];
  const styles = order
    .filter((style) => drawn.has(style))
    .map((style): LegendEntry => ({
      kind: 'edge',
      label: style.description,
      color: style.color,
      lineStyle: style.lineStyle,
    }));
  return [...entities, ...styles];
}

/**
 * The key of relationship labels drawn as numbers (edgeLabels.ts), one row
 * per number, in number order; it is drawn even when the legend is off, since the
 * numbers mean nothing without it.
 */
export function markerKey(
  labels: readonly { text: string; marker: number | null }[],
): LegendEntry[] {
  const key = new Map<number, string>();
  for (const label of labels) if (label.marker !== null) key.set(label.marker, label.text);
  return [...key]
    .sort(([a], [b]) => a - b)
    .map(([marker, text]) => ({ kind: 'marker', label: text, marker }));
}

/**
 * The key of entity names drawn as letters (a preset too small for them in
 * full, see readableFit.ts): one row per letter, in letter order.
 */
export function letterKey(
  keyed: ReadonlyMap<string, { letter: string; name: string }>,
): LegendEntry[] {
  return [...keyed.values()]
    .sort((a, b) => a.letter.length - b.letter.length || (a.letter < b.letter ? -1 : 1))
    .map(({ letter, name }) => ({ kind: 'marker', label: name, marker: letter }));
}

/**
 * Everything an export's legend lists, in order: the entity types and edge
 * styles drawn (when the legend is on), then the key of names drawn as
 * letters, then the key of relationship labels drawn as numbers.
 */
export function legendEntries(
  shown: CollectionReturnValue,
  legendOn: boolean,
  keyed: ReadonlyMap<string, { letter: string; name: string }>,
  edgeLabels: readonly { text: string; marker: number | null }[],
): LegendEntry[] {
  return [
    ...(legendOn
      ? legendFor(
          shown.nodes().map((n) => String(n.data('type'))),
          shown.edges().map((e) => ({
            attribution: String(e.data('attribution') ?? 'narrated'),
            stance: e.data('stance') as string | undefined,
          })),
        )
      : []),
    ...letterKey(keyed),
    ...markerKey(edgeLabels),
  ];
}
