/**
 * The words the UI uses for entities and relationships, in one place: the
 * api, state and ui layers read them here rather than from the Cytoscape
 * boundary or the view reducer.
 */
import { isRelationshipType, RELATIONSHIP_TYPE_INFO } from '@newsgraph/model';
import type { EntityDto } from '../api/types.ts';

/** What a node is called: the server already fell back to a title or the id where there is no name. */
export function displayName(node: EntityDto): string {
  return node.name;
}

/** The entity type of a node, or, for a node that is no entity, its first label that is not Entity. */
export function entityTypeOf(node: EntityDto): string {
  return (
    node.type ?? node.labels.find((label) => label !== 'Entity') ?? node.labels[0] ?? 'Unknown'
  );
}

/**
 * The relationship type as a short, readable label: the vocabulary's label
 * (OWNS → owns), or the same rule for a type from elsewhere (CEO_OF → ceo of).
 */
export function relationshipLabel(type: string): string {
  return isRelationshipType(type)
    ? RELATIONSHIP_TYPE_INFO[type].label
    : type.toLowerCase().replaceAll('_', ' ');
}
