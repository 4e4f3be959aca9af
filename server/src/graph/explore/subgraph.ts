import type { GraphDto } from '@newsgraph/model';
import { SUBGRAPH } from '../queries/explore.ts';
import { GraphCollector } from '../toDomain.ts';
import type { GraphReader } from './reader.ts';

/**
 * A subgraph by ids, for exports. It keeps every stored property (the
 * property-bag shape): the export formats write them as they are stored.
 */
export async function subgraph(
  read: GraphReader,
  { nodeIds, edgeIds }: { nodeIds: string[]; edgeIds: string[] | undefined },
): Promise<GraphDto> {
  const records = await read.records(SUBGRAPH, { nodeIds, edgeIds: edgeIds ?? null });
  const collector = new GraphCollector();
  for (const record of records) {
    collector.add(record.get('nodes'));
    collector.add(record.get('rels'));
  }
  return collector.toGraph();
}
