import {
  asArticleId,
  asEntityId,
  asRelationshipId,
  ATTRIBUTIONS,
  isEntityType,
  isStance,
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATIONSHIP_KEYS,
  type Attribution,
  type EntityDto,
  type EntityGraphDto,
  type EntityType,
  type EvidenceDto,
  type RelationshipDto,
} from '@newsgraph/model';
import {
  asText,
  labelOrder,
  nodeId,
  relationshipId,
  toProperties,
  toPropertyValue,
  type GraphCollector,
  type NodeParts,
  type RelationshipParts,
} from './toDomain.ts';

/**
 * Storage → the typed DTOs of the explore routes (and of a Cypher result's
 * graph), in one place. The seeder's storage form (docs/data-model.md) is
 * known here and nowhere else: which keys are fields, which are internal
 * (`aliasesText`, the evidence arrays), and which are the article's own
 * properties, passed on as `attributes`.
 */

/**
 * Keys the seeder writes itself become typed fields (or stay internal, like
 * aliasesText for full-text search); every other stored key is an attribute.
 * The list is the model's, so a new stored field is named in one place.
 */
const ENTITY_KEYS = new Set(RESERVED_ENTITY_KEYS);
const RELATIONSHIP_KEYS = new Set(RESERVED_RELATIONSHIP_KEYS);

/** A non-empty string property, else null; other stored kinds (temporals) as their text. */
function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = asText(value);
  return text === '' ? null : text;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? (value as unknown[]).map(asText) : [];
}

function without(properties: Record<string, unknown>, keys: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !keys.has(key)));
}

/** The type label of an entity (labels are authoritative), else its stored `type`. */
function entityTypeOf(node: NodeParts): EntityType | null {
  const fromLabel = node.labels.find(isEntityType);
  if (fromLabel) return fromLabel;
  const stored = node.properties.type;
  return typeof stored === 'string' && isEntityType(stored) ? stored : null;
}

/**
 * An entity from a driver Node or a projected map. Neighbour pages and paths
 * project entities without `articleIds` (it can list thousands);
 * `withoutArticleIds` leaves the field out for the anchor too, to match.
 */
export function toEntityDto(
  node: NodeParts,
  options: { withoutArticleIds?: boolean } = {},
): EntityDto {
  const id = asEntityId(nodeId(node));
  const labels = [...node.labels].sort(labelOrder);
  const stored = node.properties;
  if (!node.labels.includes('Entity')) {
    // A node that is no entity keeps everything it stores as attributes.
    const name = textOrNull(stored.name) ?? textOrNull(stored.title) ?? id;
    return {
      id,
      labels,
      type: null,
      name,
      aliases: [],
      description: null,
      attributes: toProperties(stored),
    };
  }
  const articleIds = Array.isArray(stored.articleIds) && !options.withoutArticleIds;
  return {
    id,
    labels,
    type: entityTypeOf(node),
    name: textOrNull(stored.name) ?? id,
    aliases: strings(stored.aliases),
    description: textOrNull(stored.description),
    ...(articleIds ? { articleIds: strings(stored.articleIds).map(asArticleId) } : {}),
    attributes: toProperties(without(stored, ENTITY_KEYS)),
  };
}

const at = (list: unknown, index: number): unknown =>
  Array.isArray(list) ? (list as unknown[])[index] : undefined;
const numberAt = (list: unknown, index: number): number => Number(toPropertyValue(at(list, index)));

/**
 * The seeder stores evidence as parallel arrays on the relationship (Neo4j
 * properties cannot hold maps); this zips them back into quotes, once, here.
 */
export function evidenceOf(properties: Record<string, unknown>): EvidenceDto[] {
  return strings(properties.evidenceQuotes).map((quote, index) => ({
    articleId: asArticleId(asText(at(properties.evidenceArticleIds, index) ?? '')),
    quote,
    start: numberAt(properties.evidenceStarts, index),
    end: numberAt(properties.evidenceEnds, index),
    sentenceIndex: numberAt(properties.evidenceSentenceIndexes, index),
  }));
}

function attributionOf(value: unknown): Attribution | null {
  return ATTRIBUTIONS.find((attribution) => attribution === value) ?? null;
}

/**
 * A relationship, its endpoints given as public node ids (the driver only
 * knows element ids). One that is no article statement (HAS_SENTENCE) gets
 * `attribution: null` and no evidence, having neither stored.
 */
export function toRelationshipDto(
  relationship: RelationshipParts,
  source: string,
  target: string,
): RelationshipDto {
  const stored = relationship.properties;
  const stance = textOrNull(stored.stance);
  const speaker = textOrNull(stored.speaker);
  return {
    id: asRelationshipId(relationshipId(relationship)),
    type: relationship.type,
    source: asEntityId(source),
    target: asEntityId(target),
    attribution: attributionOf(stored.attribution),
    stance: stance !== null && isStance(stance) ? stance : null,
    speaker: speaker === null ? null : asEntityId(speaker),
    date: textOrNull(stored.date),
    scope: textOrNull(stored.scope),
    // An inferred relationship always has a note (the seed's check); a bare flag still says so.
    inference:
      stored.inferred === true
        ? (textOrNull(stored.inferenceNote) ?? 'Inferred from the text.')
        : null,
    evidence: evidenceOf(stored),
    attributes: toProperties(without(stored, RELATIONSHIP_KEYS)),
  };
}

/** What a GraphCollector found in a Cypher result, as the canvas draws it. */
export function toEntityGraph(collector: GraphCollector): EntityGraphDto {
  const { nodes, relationships } = collector.parts();
  return {
    nodes: nodes.map((node) => toEntityDto(node)),
    edges: relationships.map(({ relationship, source, target }) =>
      toRelationshipDto(relationship, source, target),
    ),
  };
}
