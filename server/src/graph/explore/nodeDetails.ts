import type { MentionDto, NeighbourCountDto, NodeDetailsDto } from '@newsgraph/model';
import {
  buildDegreeCounts,
  NODE_ARTICLES,
  NODE_EVIDENCE,
  NODE_MENTIONS,
} from '../queries/explore.ts';
import { asArticleId, asRelationshipId } from '@newsgraph/model';
import { nodeId, toPropertyValue } from '../toDomain.ts';
import { evidenceOf, toEntityDto } from '../toEntities.ts';
import { findNode } from './findNode.ts';
import type { GraphReader } from './reader.ts';

const asNumber = (value: unknown): number => Number(toPropertyValue(value));

async function neighbourCounts(read: GraphReader, id: string): Promise<NeighbourCountDto[]> {
  const types = await read.schema.entityRelationshipTypes();
  if (types.length === 0) return [];
  const [record] = await read.records<{ degrees: unknown[] }>(buildDegreeCounts(types), { id });
  const degrees = record?.get('degrees') ?? [];
  return types.flatMap((type, index) => {
    const out = asNumber(degrees[index * 2]);
    const incoming = asNumber(degrees[index * 2 + 1]);
    return [
      ...(out > 0 ? [{ type, direction: 'out' as const, count: out }] : []),
      ...(incoming > 0 ? [{ type, direction: 'in' as const, count: incoming }] : []),
    ];
  });
}

/** One entry per relationship and quote; a quote two relationships share is listed once. */
async function evidence(read: GraphReader, id: string): Promise<NodeDetailsDto['evidence']> {
  const records = await read.records<{
    relationshipId: string;
    properties: Record<string, unknown>;
  }>(NODE_EVIDENCE, { id });
  const seen = new Set<string>();
  return records.flatMap((record) => {
    const relationshipId = asRelationshipId(record.get('relationshipId'));
    return evidenceOf(record.get('properties'))
      .filter((item) => {
        const key = `${item.articleId}:${String(item.start)}:${String(item.end)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((item) => ({ ...item, relationshipId }));
  });
}

async function mentions(read: GraphReader, id: string): Promise<MentionDto[]> {
  const records = await read.records(NODE_MENTIONS, { id });
  return records.flatMap((record) => {
    const ids = (record.get('ids') as string[] | null) ?? [];
    const starts = (record.get('starts') as unknown[] | null) ?? [];
    const ends = (record.get('ends') as unknown[] | null) ?? [];
    const text = String(record.get('text'));
    const sentenceStart = asNumber(record.get('sentenceStart'));
    return ids.flatMap((entityId, index) => {
      if (entityId !== id) return [];
      const start = asNumber(starts[index]);
      const end = asNumber(ends[index]);
      return [
        {
          articleId: asArticleId(String(record.get('articleId'))),
          sentenceIndex: asNumber(record.get('sentenceIndex')),
          start,
          end,
          text: text.slice(start - sentenceStart, end - sentenceStart),
        },
      ];
    });
  });
}

async function articles(read: GraphReader, id: string): Promise<NodeDetailsDto['articles']> {
  const records = await read.records(NODE_ARTICLES, { id });
  return records.map((record) => {
    const articleId = asArticleId(String(record.get('articleId')));
    const first = record.get('first') as Record<string, unknown> | null;
    return {
      articleId,
      title: String(record.get('title')),
      publishedAt: String(record.get('publishedAt')),
      evidenceCount: asNumber(record.get('evidenceCount')),
      firstEvidence:
        first === null
          ? null
          : {
              articleId,
              relationshipId: asRelationshipId(String(first.relationshipId)),
              sentenceIndex: asNumber(first.sentenceIndex),
              start: asNumber(first.start),
              end: asNumber(first.end),
            },
    };
  });
}

/**
 * A node with its evidence, mentions and neighbour counts. The common
 * request names an entity id, so everything is looked up at once; an
 * element id resolves to another public id, and then it asks again with it.
 */
export async function nodeDetails(
  read: GraphReader,
  { nodeId: id }: { nodeId: string },
): Promise<NodeDetailsDto> {
  const details = (publicId: string) =>
    Promise.all([
      neighbourCounts(read, publicId),
      evidence(read, publicId),
      mentions(read, publicId),
      articles(read, publicId),
    ]);
  const [node, guessed] = await Promise.all([findNode(read, id), details(id)]);
  const publicId = nodeId(node);
  const [counts, evidenceList, mentionList, articleList] =
    publicId === id ? guessed : await details(publicId);
  return {
    node: toEntityDto(node),
    evidence: evidenceList,
    mentions: mentionList,
    neighbourCounts: counts,
    articles: articleList,
  };
}
