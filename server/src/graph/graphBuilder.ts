import type { Relationship } from 'neo4j-driver';
import type { GraphDto, NodeDto } from '@newsgraph/model';
import { toEdgeDto, toNodeDto, type NodeParts } from './toDomain.ts';

/**
 * Builds the graph of an explore answer from what its query returned:
 * driver nodes and projected maps alike (no driver objects are faked),
 * with relationship endpoints resolved to the public ids of the nodes.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeDto>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly options: { withoutArticleIds: boolean }) {}

  addNode(node: NodeParts): NodeDto {
    const dto = toNodeDto(node, this.options);
    this.nodes.set(node.elementId, dto);
    return dto;
  }

  addRelationship(relationship: Relationship): void {
    this.relationships.set(relationship.elementId, relationship);
  }

  build(): GraphDto {
    const resolve = (elementId: string): string => this.nodes.get(elementId)?.id ?? elementId;
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.relationships.values()].map((relationship) =>
        toEdgeDto(
          relationship,
          resolve(relationship.startNodeElementId),
          resolve(relationship.endNodeElementId),
        ),
      ),
    };
  }
}
