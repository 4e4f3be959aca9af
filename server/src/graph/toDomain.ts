import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';
import type { EdgeDto, GraphDto, NodeDto, Properties, PropertyValue } from '@newsgraph/model';

/**
 * The one place that turns neo4j-driver values into JSON-safe values and
 * open property bags (the cells of a Cypher result, the json export).
 * toEntities.ts builds the typed explore DTOs on top of it. Nothing outside
 * graph/ sees a driver type.
 */
export function toPropertyValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // Integers beyond 2^53 would silently lose digits as numbers; send them as strings.
    return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    return {
      srid: toPropertyValue(value.srid),
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    };
  }
  if (isNode(value)) return toNodeDto(value);
  if (isRelationship(value))
    return toEdgeDto(value, value.startNodeElementId, value.endNodeElementId);
  if (isPath(value)) return pathToGraph(value);
  if (Array.isArray(value)) return value.map(toPropertyValue);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, toPropertyValue(inner)]),
    );
  }
  return typeof value === 'symbol' || typeof value === 'function' ? null : JSON.stringify(value);
}

/** A property value as display text: strings as they are, anything else as JSON. */
export function asText(value: unknown): string {
  const converted = toPropertyValue(value);
  return typeof converted === 'string' ? converted : JSON.stringify(converted);
}

export function toProperties(properties: Record<string, unknown>): Properties {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, toPropertyValue(value)]),
  );
}

/** Seed-owned nodes keep their stable slug id; anything else is addressed by elementId. */
export function nodeId(node: NodeParts): string {
  const id: unknown = node.properties.id;
  return typeof id === 'string' && node.labels.includes('Entity') ? id : node.elementId;
}

export function relationshipId(relationship: RelationshipParts): string {
  const id: unknown = relationship.properties.id;
  return typeof id === 'string' && id !== '' ? id : relationship.elementId;
}

/** A node as a property bag (a Cypher result cell, the json export): every stored property. */
export function toNodeDto(node: NodeParts): NodeDto {
  return {
    id: nodeId(node),
    labels: [...node.labels].sort(labelOrder),
    properties: toProperties(node.properties),
  };
}

/** `Entity` first, then the type label, then any other, so labels[1] reads as the type. */
export function labelOrder(a: string, b: string): number {
  if (a === 'Entity') return -1;
  if (b === 'Entity') return 1;
  return a.localeCompare(b);
}

/**
 * Relationship endpoints are element ids in the driver; callers pass a map
 * from element id to public node id so edges point at the ids nodes carry.
 */
export function toEdgeDto(relationship: Relationship, source: string, target: string): EdgeDto {
  return {
    id: relationshipId(relationship),
    type: relationship.type,
    source,
    target,
    properties: toProperties(relationship.properties),
  };
}

/** The parts of a node that decoding reads: a driver Node has them, and so has a projected map. */
export interface NodeParts {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** An entity as the explore queries project it: its properties as [key, value] pairs. */
export interface ProjectedEntity {
  elementId: string;
  labels: string[];
  propertyPairs: [string, unknown][];
}

/** Turns a projected entity (queries/explore.ts, entityWithoutArticleIds) into NodeParts. */
export function decodeProjectedEntity(projected: ProjectedEntity): NodeParts {
  return {
    elementId: projected.elementId,
    labels: projected.labels,
    properties: Object.fromEntries(projected.propertyPairs),
  };
}

/** The parts of a relationship that decoding reads; a driver Relationship has them. */
export interface RelationshipParts {
  elementId: string;
  type: string;
  properties: Record<string, unknown>;
}

/**
 * Collects every node, relationship and path found anywhere in a value —
 * nested in lists and maps too — deduplicated, with edge endpoints resolved
 * to public node ids.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value === null || value === undefined || typeof value !== 'object') return;
    if (isNode(value)) {
      this.nodes.set(value.elementId, value);
    } else if (isRelationship(value)) {
      this.relationships.set(value.elementId, value);
    } else if (isPath(value)) {
      for (const segment of value.segments) {
        this.add(segment.start);
        this.add(segment.relationship);
        this.add(segment.end);
      }
      this.add(value.start);
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  /**
   * What was collected, each relationship with its endpoints' public ids.
   * An edge whose endpoint was not collected still references the
   * endpoint's element id.
   */
  parts(): {
    nodes: Node[];
    relationships: { relationship: Relationship; source: string; target: string }[];
  } {
    const publicIds = new Map<string, string>();
    for (const [elementId, node] of this.nodes) publicIds.set(elementId, nodeId(node));
    const resolve = (elementId: string): string => publicIds.get(elementId) ?? elementId;
    return {
      nodes: [...this.nodes.values()],
      relationships: [...this.relationships.values()].map((relationship) => ({
        relationship,
        source: resolve(relationship.startNodeElementId),
        target: resolve(relationship.endNodeElementId),
      })),
    };
  }

  /** The collected graph as property bags, every stored property as it is. */
  toGraph(): GraphDto {
    const { nodes, relationships } = this.parts();
    return {
      nodes: nodes.map((node) => toNodeDto(node)),
      edges: relationships.map(({ relationship, source, target }) =>
        toEdgeDto(relationship, source, target),
      ),
    };
  }
}

function pathToGraph(path: Path): GraphDto {
  const collector = new GraphCollector();
  collector.add(path);
  return collector.toGraph();
}
