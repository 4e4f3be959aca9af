import type { Node } from 'neo4j-driver';
import { FIND_NODE } from '../queries/explore.ts';
import { nodeNotFound, type GraphReader } from './reader.ts';

/** A node by public id (slug or elementId); 404 when there is none. */
export async function findNode(read: GraphReader, id: string): Promise<Node> {
  const [record] = await read.records<{ n: Node }>(FIND_NODE, { id });
  if (!record) throw nodeNotFound(id);
  return record.get('n');
}
