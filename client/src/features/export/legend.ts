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
  | { kind: 'edge'; label: string; color: string; lineStyle: EdgeStyle['lineStyle'] };

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
