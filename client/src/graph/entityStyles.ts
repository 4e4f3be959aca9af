import { isEntityType, isStance, type EntityType, type Stance } from '@newsgraph/model';

/**
 * Colour and shape per entity type. Known types get hand-picked pairs that
 * stay apart for colour-blind readers (shape differs even where hue is
 * close); unknown types get a stable pick from the same palette by hashing
 * the name, so a new seed type still renders distinctly.
 */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'round-hexagon'
  | 'round-triangle'
  | 'star'
  | 'barrel'
  | 'round-tag'
  | 'round-pentagon'
  | 'round-octagon'
  | 'vee'
  | 'rhomboid'
  | 'round-heptagon'
  | 'concave-hexagon'
  | 'cut-rectangle';

export interface EntityStyle {
  color: string;
  shape: NodeShape;
}

/** One style per entity type of the model's vocabulary: a type without one fails tsc. */
export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  Person: { color: '#d9822b', shape: 'ellipse' },
  Company: { color: '#2b7bb9', shape: 'round-rectangle' },
  Organization: { color: '#1f9e9e', shape: 'round-octagon' },
  Government: { color: '#6a3fa0', shape: 'round-pentagon' },
  GovernmentBody: { color: '#9470c8', shape: 'round-heptagon' },
  Country: { color: '#3a9e5f', shape: 'round-hexagon' },
  Place: { color: '#6f9e3a', shape: 'round-triangle' },
  Product: { color: '#c2417a', shape: 'round-tag' },
  Law: { color: '#8a6d1f', shape: 'barrel' },
  Dataset: { color: '#4a6fa5', shape: 'rhomboid' },
  Group: { color: '#b5651d', shape: 'concave-hexagon' },
  Event: { color: '#c0392b', shape: 'star' },
  Publication: { color: '#5f7c8a', shape: 'cut-rectangle' },
  Claim: { color: '#b29a2e', shape: 'diamond' },
};

/** Labels other graphs use for the same kinds of thing (Cypher results may show them). */
const SYNONYM_STYLES: Record<string, EntityStyle> = {
  Location: { color: '#6f9e3a', shape: 'round-triangle' },
  Concept: { color: '#7f8c8d', shape: 'diamond' },
};

const FALLBACK: EntityStyle[] = [
  { color: '#b5651d', shape: 'round-triangle' },
  { color: '#4a6fa5', shape: 'rhomboid' },
  { color: '#6b8e23', shape: 'vee' },
  { color: '#9b59b6', shape: 'round-octagon' },
  { color: '#16a085', shape: 'diamond' },
  { color: '#a0522d', shape: 'star' },
];

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}

export function entityStyle(type: string): EntityStyle {
  if (isEntityType(type)) return ENTITY_STYLES[type];
  return (
    SYNONYM_STYLES[type] ??
    FALLBACK[hash(type) % FALLBACK.length] ?? { color: '#888', shape: 'ellipse' }
  );
}

/**
 * Edge encoding: narrated facts are solid and neutral; attributed claims are
 * coloured by stance, and the line style says how the speaker holds them.
 */
export interface EdgeStyle {
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  description: string;
}

export const NARRATED_STYLE: EdgeStyle = {
  color: '#7a8591',
  lineStyle: 'solid',
  description: 'Narrated fact (the article states it)',
};

/** One style per stance of the model's vocabulary: a stance without one fails tsc. */
export const STANCE_STYLES: Record<Stance, EdgeStyle> = {
  asserts: { color: '#2f6fbf', lineStyle: 'dashed', description: 'Claim: asserts' },
  denies: { color: '#d0312d', lineStyle: 'dashed', description: 'Claim: denies' },
  admits: { color: '#e08a00', lineStyle: 'dotted', description: 'Claim: admits' },
  acknowledges: { color: '#e08a00', lineStyle: 'dotted', description: 'Claim: acknowledges' },
  accuses: { color: '#9b2fae', lineStyle: 'dashed', description: 'Claim: accuses' },
  promises: { color: '#2e9d57', lineStyle: 'dashed', description: 'Claim: promises' },
  criticizes: { color: '#b3472d', lineStyle: 'dashed', description: 'Claim: criticizes' },
  fears: { color: '#6b7fa8', lineStyle: 'dotted', description: 'Claim: fears' },
};

/** Stances the seed may add later still read as "a claim" in a neutral claim colour. */
export const OTHER_CLAIM_STYLE: EdgeStyle = {
  color: '#4c7a9a',
  lineStyle: 'dashed',
  description: 'Claim: other stance',
};

/** How an edge is drawn: by attribution, then by the speaker's stance. */
export function edgeStyleOf(attribution: string, stance: string | null | undefined): EdgeStyle {
  if (attribution !== 'attributed') return NARRATED_STYLE;
  return stance && isStance(stance) ? STANCE_STYLES[stance] : OTHER_CLAIM_STYLE;
}
