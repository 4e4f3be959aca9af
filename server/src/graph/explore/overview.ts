import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { EntityGraphDto } from '@newsgraph/model';
import { GraphBuilder } from '../graphBuilder.ts';
import { OVERVIEW } from '../queries/explore.ts';
import type { GraphReader } from './reader.ts';

/** The start view: up to `limit` entities and the relationships among them. */
export async function overview(
  read: GraphReader,
  { limit }: { limit: number },
): Promise<EntityGraphDto> {
  const records = await read.records<{ nodes: Node[]; rels: Relationship[] }>(OVERVIEW, {
    limit: neo4j.int(limit),
    edgeLimit: neo4j.int(limit * 5),
  });
  const graph = new GraphBuilder({ withoutArticleIds: false });
  for (const record of records) {
    for (const node of record.get('nodes')) graph.addNode(node);
    for (const rel of record.get('rels')) graph.addRelationship(rel);
  }
  return graph.build();
}
