import type { Relationship } from 'neo4j-driver';
import type { EntityDto, EntityGraphDto } from '@newsgraph/model';
import type { NodeParts } from './toDomain.ts';
import { toEntityDto, toRelationshipDto } from './toEntities.ts';

/**
 * Builds the graph of an explore answer from what its query returned:
 * driver nodes and projected maps alike (no driver objects are faked),
 * with relationship endpoints resolved to the public ids of the nodes.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, EntityDto>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly options: { withoutArticleIds: boolean }) {}

  addNode(node: NodeParts): EntityDto {
    const dto = toEntityDto(node, this.options);
    this.nodes.set(node.elementId, dto);
    return dto;
  }

  addRelationship(relationship: Relationship): void {
    this.relationships.set(relationship.elementId, relationship);
  }

  build(): EntityGraphDto {
    const resolve = (elementId: string): string => this.nodes.get(elementId)?.id ?? elementId;
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.relationships.values()].map((relationship) =>
        toRelationshipDto(
          relationship,
          resolve(relationship.startNodeElementId),
          resolve(relationship.endNodeElementId),
        ),
      ),
    };
  }
}
