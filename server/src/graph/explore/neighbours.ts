import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { NeighboursDto } from '@newsgraph/model';
import { GraphBuilder } from '../graphBuilder.ts';
import type { NeighbourRequest } from '../port.ts';
import { buildNeighbourPage } from '../queries/explore.ts';
import { decodeProjectedEntity, toPropertyValue, type ProjectedEntity } from '../toDomain.ts';
import { nodeNotFound, type GraphReader } from './reader.ts';

/** One page of a node's neighbours; the type filter is checked against the schema first. */
export async function neighbours(
  read: GraphReader,
  request: NeighbourRequest,
): Promise<NeighboursDto> {
  if (request.type !== undefined) await read.schema.assertRelationshipType(request.type);
  const [record] = await read.records<{
    n: Node;
    rels: Relationship[];
    others: ProjectedEntity[];
    total: unknown;
  }>(buildNeighbourPage(request.direction, request.type), {
    id: request.nodeId,
    offset: neo4j.int(request.offset),
    limit: neo4j.int(request.limit),
  });
  if (!record) throw nodeNotFound(request.nodeId);
  // The page projects neighbours without articleIds; the anchor leaves it out to match.
  const graph = new GraphBuilder({ withoutArticleIds: true });
  graph.addNode(record.get('n'));
  for (const other of record.get('others')) graph.addNode(decodeProjectedEntity(other));
  for (const relationship of record.get('rels')) graph.addRelationship(relationship);
  const total = Number(toPropertyValue(record.get('total')));
  return {
    ...graph.build(),
    total,
    truncated: request.offset + record.get('rels').length < total,
    limit: request.limit,
    offset: request.offset,
  };
}
