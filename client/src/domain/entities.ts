/**
 * The words the UI uses for entities and relationships, in one place: the
 * api, state and ui layers read them here rather than from the Cytoscape
 * boundary or the view reducer.
 */
import { isRelationshipType, RELATIONSHIP_TYPE_INFO } from '@newsgraph/model';
import type { NodeDto, PropertyValue } from '../api/types.ts';

function text(value: PropertyValue | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** What a node is called: its name, else its title, else its id. */
export function displayName(node: NodeDto): string {
  return text(node.properties.name) ?? text(node.properties.title) ?? node.id;
}

/** The entity type of a node: its `type` property, else its first label that is not Entity. */
export function entityTypeOf(node: NodeDto): string {
  return (
    text(node.properties.type) ??
    node.labels.find((label) => label !== 'Entity') ??
    node.labels[0] ??
    'Unknown'
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
