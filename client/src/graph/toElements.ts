import type { ElementDefinition } from 'cytoscape';
import type { EntityDto, RelationshipDto } from '../api/types.ts';
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

/** Canvas labels stop here; claims are whole sentences, and the details panel shows them in full. */
export const MAX_LABEL_LENGTH = 36;

export function shortLabel(text: string): string {
  if (text.length <= MAX_LABEL_LENGTH) return text;
  const cut = text.slice(0, MAX_LABEL_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_LABEL_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function nodeToElement(node: EntityDto): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: shortLabel(displayName(node)),
    name: displayName(node),
    type: entityTypeOf(node),
  };
  return { group: 'nodes', data };
}

/** The earliest sentence that supports a relationship; replay shows it from there on. */
export function firstSentenceOf(edge: RelationshipDto): number {
  return Math.min(...edge.evidence.map((quote) => quote.sentenceIndex));
}

export function edgeToElement(edge: RelationshipDto): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: relationshipLabel(edge.type),
    type: edge.type,
    // A storage relationship from a Cypher result has no attribution; it is drawn as narrated.
    attribution: edge.attribution ?? 'narrated',
    stance: edge.stance ?? undefined,
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
