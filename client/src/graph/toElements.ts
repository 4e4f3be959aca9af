import type { ElementDefinition } from 'cytoscape';
import type { EdgeDto, NodeDto, PropertyValue } from '../api/types.ts';
import { displayName, entityTypeOf, relationshipLabel } from '../domain/entities.ts';

/** The data every node element carries; the stylesheet keys on `type`. */
export interface NodeData {
  id: string;
  /** What the canvas draws: the name, shortened past MAX_LABEL_LENGTH. */
  label: string;
  /** The full name, for the tooltip and the screen-reader announcement. */
  name: string;
  type: string;
}

/** The data every edge element carries; the stylesheet keys on `attribution` and `stance`. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  type: string;
  attribution: string;
  stance: string | undefined;
  /** Earliest sentence that supports the relationship, for the replay slider. */
  firstSentence: number;
}

function text(value: PropertyValue | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function numbersOf(value: PropertyValue | undefined): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/** Canvas labels stop here; claims are whole sentences, and the details panel shows them in full. */
export const MAX_LABEL_LENGTH = 36;

export function shortLabel(text: string): string {
  if (text.length <= MAX_LABEL_LENGTH) return text;
  const cut = text.slice(0, MAX_LABEL_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_LABEL_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function nodeToElement(node: NodeDto): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: shortLabel(displayName(node)),
    name: displayName(node),
    type: entityTypeOf(node),
  };
  return { group: 'nodes', data };
}

/** The earliest sentence that supports a relationship; replay shows it from there on. */
export function firstSentenceOf(edge: EdgeDto): number {
  const sentences = numbersOf(edge.properties.evidenceSentenceIndexes);
  return sentences.length > 0 ? Math.min(...sentences) : Number.POSITIVE_INFINITY;
}

export function edgeToElement(edge: EdgeDto): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: relationshipLabel(edge.type),
    type: edge.type,
    attribution: text(edge.properties.attribution) ?? 'narrated',
    stance: text(edge.properties.stance),
    firstSentence: firstSentenceOf(edge),
  };
  return { group: 'edges', data };
}

export const MORE_PREFIX = 'more:';

/** A placeholder node that says how many neighbours an expansion left out; activating it loads them. */
export function moreElements(anchorId: string, remaining: number): ElementDefinition[] {
  const id = `${MORE_PREFIX}${anchorId}`;
  return [
    {
      group: 'nodes',
      data: { id, label: `${String(remaining)} more…`, anchor: anchorId },
      classes: 'more',
    },
    {
      group: 'edges',
      data: { id: `${id}:edge`, source: anchorId, target: id, label: '' },
      classes: 'more',
    },
  ];
}
