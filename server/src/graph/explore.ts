import neo4j, { Node as Neo4jNode, type Driver, type Node, type Relationship } from 'neo4j-driver';
import type {
  EvidenceDto,
  GraphDto,
  MentionDto,
  NeighbourCountDto,
  NeighboursDto,
  NodeDetailsDto,
  PathsDto,
  RelationshipDetailsDto,
} from '@newsgraph/model';
import { NotFoundError } from '../domain/errors.ts';
import {
  FIND_NODE,
  NODE_EVIDENCE,
  NODE_MENTIONS,
  OVERVIEW,
  SUBGRAPH,
  buildDegreeCounts,
  buildFindRelationship,
  buildNeighbourPage,
  buildShortestPaths,
} from './queries/explore.ts';
import type { NeighbourRequest } from './repository.ts';
import type { SchemaCache } from './schemaCache.ts';
import { readQuery, type SessionOptions } from './session.ts';
import {
  asText,
  GraphCollector,
  nodeId,
  relationshipId,
  toEdgeDto,
  toNodeDto,
  toPropertyValue,
} from './toDomain.ts';

const int = (value: number) => neo4j.int(value);
const asNumber = (value: unknown): number => Number(toPropertyValue(value));

function nodeNotFound(id: string): NotFoundError {
  return new NotFoundError(
    `No entity or node has the id "${id}". Search with /api/search?q=… to find ids.`,
  );
}

/** Zips the parallel evidence arrays the seeder stores on each relationship. */
interface EvidenceRow {
  articleIds: unknown;
  quotes: unknown;
  starts: unknown;
  ends: unknown;
  sentenceIndexes: unknown;
}

export function evidenceFromArrays(row: EvidenceRow): EvidenceDto[] {
  const quotes = Array.isArray(row.quotes) ? (row.quotes as string[]) : [];
  const pick = (list: unknown, index: number): unknown =>
    Array.isArray(list) ? (list as unknown[])[index] : undefined;
  return quotes.map((quote, index) => ({
    articleId: asText(pick(row.articleIds, index) ?? ''),
    quote,
    start: asNumber(pick(row.starts, index)),
    end: asNumber(pick(row.ends, index)),
    sentenceIndex: asNumber(pick(row.sentenceIndexes, index)),
  }));
}

function evidenceOf(relationship: Relationship): EvidenceDto[] {
  const p = relationship.properties;
  return evidenceFromArrays({
    articleIds: p.evidenceArticleIds,
    quotes: p.evidenceQuotes,
    starts: p.evidenceStarts,
    ends: p.evidenceEnds,
    sentenceIndexes: p.evidenceSentenceIndexes,
  });
}

/** An entity as neighbour pages and paths project it, without its `articleIds`. */
interface ProjectedNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

function toNode({ elementId, labels, properties }: ProjectedNode): Node {
  // The projection sets articleIds to null; leave the key out altogether.
  const kept = Object.fromEntries(
    Object.entries(properties).filter(([key]) => key !== 'articleIds'),
  );
  // The legacy numeric identity is deprecated and never read; element ids identify nodes.
  return new Neo4jNode(int(-1), labels, kept, elementId);
}

export function createExploreQueries(driver: Driver, session: SessionOptions, schema: SchemaCache) {
  const findNode = async (id: string): Promise<Node> => {
    const result = await readQuery<{ n: Node }>(driver, session, FIND_NODE, { id });
    const node = result.records[0]?.get('n');
    if (!node) throw nodeNotFound(id);
    return node;
  };

  const neighbourCounts = async (id: string): Promise<NeighbourCountDto[]> => {
    const types = await schema.entityRelationshipTypes();
    if (types.length === 0) return [];
    const result = await readQuery<{ degrees: unknown[] }>(
      driver,
      session,
      buildDegreeCounts(types),
      { id },
    );
    const degrees = result.records[0]?.get('degrees') ?? [];
    return types.flatMap((type, index) => {
      const out = asNumber(degrees[index * 2]);
      const incoming = asNumber(degrees[index * 2 + 1]);
      return [
        ...(out > 0 ? [{ type, direction: 'out' as const, count: out }] : []),
        ...(incoming > 0 ? [{ type, direction: 'in' as const, count: incoming }] : []),
      ];
    });
  };

  const evidence = async (id: string): Promise<NodeDetailsDto['evidence']> => {
    const result = await readQuery<EvidenceRow & { relationshipId: string }>(
      driver,
      session,
      NODE_EVIDENCE,
      {
        id,
      },
    );
    const seen = new Set<string>();
    return result.records.flatMap((record) => {
      const relationshipId = record.get('relationshipId');
      return evidenceFromArrays(record.toObject())
        .filter((item) => {
          const key = `${item.articleId}:${item.start}:${item.end}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((item) => ({ ...item, relationshipId }));
    });
  };

  const mentions = async (id: string): Promise<MentionDto[]> => {
    const result = await readQuery(driver, session, NODE_MENTIONS, { id });
    return result.records.flatMap((record) => {
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
            articleId: String(record.get('articleId')),
            sentenceIndex: asNumber(record.get('sentenceIndex')),
            start,
            end,
            text: text.slice(start - sentenceStart, end - sentenceStart),
          },
        ];
      });
    });
  };

  return {
    async nodeDetails({ nodeId: id }: { nodeId: string }): Promise<NodeDetailsDto> {
      // The common request names an entity id: look everything up at once.
      // An element id resolves to another public id; then ask again with it.
      const details = (publicId: string) =>
        Promise.all([neighbourCounts(publicId), evidence(publicId), mentions(publicId)]);
      const [node, guessed] = await Promise.all([findNode(id), details(id)]);
      const publicId = nodeId(node);
      const [counts, evidenceList, mentionList] =
        publicId === id ? guessed : await details(publicId);
      return {
        node: toNodeDto(node),
        evidence: evidenceList,
        mentions: mentionList,
        neighbourCounts: counts,
      };
    },

    async neighbours(request: NeighbourRequest): Promise<NeighboursDto> {
      if (request.type !== undefined) await schema.assertRelationshipType(request.type);
      const result = await readQuery<{
        n: Node;
        rels: Relationship[];
        others: ProjectedNode[];
        total: unknown;
      }>(driver, session, buildNeighbourPage(request.direction, request.type), {
        id: request.nodeId,
        offset: int(request.offset),
        limit: int(request.limit),
      });
      const record = result.records[0];
      if (!record) throw nodeNotFound(request.nodeId);
      const collector = new GraphCollector();
      collector.add(record.get('n'));
      collector.add(record.get('others').map(toNode));
      collector.add(record.get('rels'));
      const total = asNumber(record.get('total'));
      return {
        ...collector.toGraph(),
        total,
        truncated: request.offset + record.get('rels').length < total,
        limit: request.limit,
        offset: request.offset,
      };
    },

    async relationship({
      relationshipId,
    }: {
      relationshipId: string;
    }): Promise<RelationshipDetailsDto> {
      const types = (await schema.names()).relationshipTypes;
      const result = await readQuery<{ a: Node; r: Relationship; b: Node }>(
        driver,
        session,
        buildFindRelationship(types),
        { id: relationshipId },
      );
      const record = result.records[0];
      if (!record) {
        throw new NotFoundError(
          `No relationship has the id "${relationshipId}". Node details list the ids of their relationships.`,
        );
      }
      const source = toNodeDto(record.get('a'));
      const target = toNodeDto(record.get('b'));
      const relationship = record.get('r');
      return {
        edge: toEdgeDto(relationship, source.id, target.id),
        source,
        target,
        evidence: evidenceOf(relationship),
      };
    },

    async shortestPaths({
      fromId,
      toId,
      maxHops,
    }: {
      fromId: string;
      toId: string;
      maxHops: number;
    }): Promise<PathsDto> {
      const result = await readQuery<{
        fromFound: boolean;
        toFound: boolean;
        paths: { nodes: ProjectedNode[]; rels: Relationship[] }[];
      }>(driver, session, buildShortestPaths(maxHops), { from: fromId, to: toId });
      const record = result.records[0];
      if (record?.get('fromFound') !== true || !record.get('toFound')) {
        // Not an entity id: findNode says which is unknown, or accepts an
        // element id of another node (no path runs through non-entities).
        await Promise.all([findNode(fromId), findNode(toId)]);
      }
      const collector = new GraphCollector();
      const paths = (record?.get('paths') ?? []).map((path) => {
        const nodes = path.nodes.map(toNode);
        collector.add(nodes);
        collector.add(path.rels);
        return { nodeIds: nodes.map(nodeId), edgeIds: path.rels.map(relationshipId) };
      });
      return { ...collector.toGraph(), paths, length: paths[0] ? paths[0].edgeIds.length : null };
    },

    async overview({ limit }: { limit: number }): Promise<GraphDto> {
      const result = await readQuery(driver, session, OVERVIEW, {
        limit: int(limit),
        edgeLimit: int(limit * 5),
      });
      const collector = new GraphCollector();
      for (const record of result.records) {
        collector.add(record.get('nodes'));
        collector.add(record.get('rels'));
      }
      return collector.toGraph();
    },

    async subgraph({
      nodeIds,
      edgeIds,
    }: {
      nodeIds: string[];
      edgeIds: string[] | undefined;
    }): Promise<GraphDto> {
      const result = await readQuery(driver, session, SUBGRAPH, {
        nodeIds,
        edgeIds: edgeIds ?? null,
      });
      const collector = new GraphCollector();
      for (const record of result.records) {
        collector.add(record.get('nodes'));
        collector.add(record.get('rels'));
      }
      return collector.toGraph();
    },
  };
}
