import type { Relationship } from 'neo4j-driver';
import { asRelationshipId, type PathsDto } from '@newsgraph/model';
import { GraphBuilder } from '../graphBuilder.ts';
import { buildShortestPaths } from '../queries/explore.ts';
import { decodeProjectedEntity, relationshipId, type ProjectedEntity } from '../toDomain.ts';
import { findNode } from './findNode.ts';
import type { GraphReader } from './reader.ts';

/** All shortest paths between two entities, each as the ordered ids it walks. */
export async function shortestPaths(
  read: GraphReader,
  { fromId, toId, maxHops }: { fromId: string; toId: string; maxHops: number },
): Promise<PathsDto> {
  const [record] = await read.records<{
    fromFound: boolean;
    toFound: boolean;
    paths: { nodes: ProjectedEntity[]; rels: Relationship[] }[];
  }>(buildShortestPaths(maxHops), { from: fromId, to: toId });
  if (record?.get('fromFound') !== true || !record.get('toFound')) {
    // Not an entity id: findNode says which is unknown, or accepts an
    // element id of another node (no path runs through non-entities).
    await Promise.all([findNode(read, fromId), findNode(read, toId)]);
  }
  const graph = new GraphBuilder({ withoutArticleIds: true });
  const paths = (record?.get('paths') ?? []).map((path) => {
    const nodeIds = path.nodes.map((node) => graph.addNode(decodeProjectedEntity(node)).id);
    for (const rel of path.rels) graph.addRelationship(rel);
    return { nodeIds, edgeIds: path.rels.map((rel) => asRelationshipId(relationshipId(rel))) };
  });
  return { ...graph.build(), paths, length: paths[0] ? paths[0].edgeIds.length : null };
}
