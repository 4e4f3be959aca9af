import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { PeriodGraphDto } from '@newsgraph/model';
import { GraphBuilder } from '../graphBuilder.ts';
import { RELATIONSHIPS_IN_PERIOD } from '../queries/explore.ts';
import { toPropertyValue } from '../toDomain.ts';
import type { GraphReader } from './reader.ts';

export interface PeriodRequest {
  /** yyyy-mm-dd, inclusive; undefined leaves that end open. */
  from: string | undefined;
  to: string | undefined;
  limit: number;
}

/**
 * The dated relationships of a day range with their endpoints, so that a
 * story can be followed as it developed. Undated relationships are never in
 * it: the text gives them no time.
 */
export async function relationshipsInPeriod(
  read: GraphReader,
  { from, to, limit }: PeriodRequest,
): Promise<PeriodGraphDto> {
  const [record] = await read.records<{
    total: unknown;
    page: { a: Node; r: Relationship; b: Node }[];
  }>(RELATIONSHIPS_IN_PERIOD, {
    from: from ?? null,
    to: to ?? null,
    limit: neo4j.int(limit),
  });
  const total = Number(toPropertyValue(record?.get('total') ?? 0));
  const page = record?.get('page') ?? [];
  const graph = new GraphBuilder({ withoutArticleIds: true });
  for (const { a, r, b } of page) {
    graph.addNode(a);
    graph.addNode(b);
    graph.addRelationship(r);
  }
  return { ...graph.build(), total, truncated: page.length < total, limit };
}
