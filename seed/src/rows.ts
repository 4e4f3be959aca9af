/**
 * Turns a validated article into the parameter rows the Cypher statements
 * UNWIND: entities, relationships grouped by type (a relationship type
 * cannot be a parameter, so each type gets its own statement), and sentences
 * with their evidence and mentions. Pure, so it is unit-tested without Neo4j.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { findMentions } from './mentions.ts';
import type { ScalarValue, SeedArticle } from './model.ts';
import { sentenceIndexAt, splitSentences, type Sentence } from './sentences.ts';
import type { EntityType, RelationshipType } from '@newsgraph/model';

/** A property value as sent to Neo4j: whole numbers become Neo4j integers, not floats. */
export type CypherScalar = string | number | boolean | Integer | null;

export interface EntityRow {
  id: string;
  name: string;
  /** Not named `type`: a row field named like the property it sets would make the plan Eager. */
  entityType: EntityType;
  description: string;
  aliases: string[];
  /** name and aliases joined with " | ", for the full-text index (new entities only). */
  aliasesText: string;
  properties: Record<string, CypherScalar>;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  attribution: string;
  /** null removes a stale value left by an earlier version of the article. */
  stance: string | null;
  speaker: string | null;
  date: string | null;
  scope: string | null;
  inferred: boolean | null;
  inferenceNote: string | null;
  properties: Record<string, CypherScalar>;
  quotes: string[];
  starts: Integer[];
  ends: Integer[];
  sentenceIndexes: Integer[];
}

export interface SentenceRow {
  id: string;
  articleId: string;
  index: Integer;
  start: Integer;
  end: Integer;
  text: string;
  relationshipIds: string[];
  mentionEntityIds: string[];
  mentionStarts: Integer[];
  mentionEnds: Integer[];
}

export interface ArticleRows {
  article: {
    id: string;
    title: string;
    outlet: string;
    publishedAt: string;
    language: string;
    /** How sure outlet and date are; null (stated) removes a stale value. */
    outletStatus: string | null;
    publishedAtStatus: string | null;
    credit: string | null;
    provenanceNote: string | null;
    text: string;
    sentenceCount: Integer;
  };
  entities: EntityRow[];
  relationshipsByType: Map<RelationshipType, RelationshipRow[]>;
  sentences: SentenceRow[];
}

const int = (value: number): Integer => neo4j.int(value);

export function toCypherScalar(value: ScalarValue): CypherScalar {
  return typeof value === 'number' && Number.isInteger(value) ? int(value) : value;
}

function toCypherProperties(properties: Record<string, ScalarValue>): Record<string, CypherScalar> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, toCypherScalar(value)]),
  );
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sentenceRows(article: SeedArticle, sentences: Sentence[]): SentenceRow[] {
  const relationshipIds = sentences.map(() => new Set<string>());
  for (const relationship of article.relationships) {
    for (const evidence of relationship.evidence) {
      relationshipIds[sentenceIndexAt(sentences, evidence.start)]?.add(relationship.id);
    }
  }
  const mentions = sentences.map(() => [] as { entityId: string; start: number; end: number }[]);
  for (const mention of findMentions(article.text, article.entities)) {
    mentions[sentenceIndexAt(sentences, mention.start)]?.push(mention);
  }
  return sentences.map((sentence) => {
    const found = mentions[sentence.index] ?? [];
    return {
      id: `${article.id}#${sentence.index}`,
      articleId: article.id,
      index: int(sentence.index),
      start: int(sentence.start),
      end: int(sentence.end),
      text: sentence.text,
      relationshipIds: [...(relationshipIds[sentence.index] ?? [])],
      mentionEntityIds: found.map((m) => m.entityId),
      mentionStarts: found.map((m) => int(m.start)),
      mentionEnds: found.map((m) => int(m.end)),
    };
  });
}

/** Everything the seeder writes for one article, as Cypher parameters. */
export function toArticleRows(article: SeedArticle): ArticleRows {
  const sentences = splitSentences(article.text);
  const entityRows = article.entities.map((entity): EntityRow => ({
    id: entity.id,
    name: entity.name,
    entityType: entity.type,
    description: entity.description,
    aliases: entity.aliases,
    aliasesText: [entity.name, ...entity.aliases].join(' | '),
    properties: toCypherProperties(entity.properties),
  }));
  const relationshipRows = article.relationships.map((relationship) => {
    const evidence = [...relationship.evidence].sort((a, b) => a.start - b.start || a.end - b.end);
    const row: RelationshipRow = {
      id: relationship.id,
      from: relationship.from,
      to: relationship.to,
      attribution: relationship.attribution,
      stance: relationship.stance ?? null,
      speaker: relationship.speaker ?? null,
      date: relationship.date ?? null,
      scope: relationship.scope ?? null,
      inferred: relationship.inferred ?? null,
      inferenceNote: relationship.inferenceNote ?? null,
      properties: toCypherProperties(relationship.properties),
      quotes: evidence.map((e) => e.quote),
      starts: evidence.map((e) => int(e.start)),
      ends: evidence.map((e) => int(e.end)),
      sentenceIndexes: evidence.map((e) => int(sentenceIndexAt(sentences, e.start))),
    };
    return { type: relationship.type, row };
  });
  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      language: article.language,
      outletStatus: article.provenance?.outlet ?? null,
      publishedAtStatus: article.provenance?.publishedAt ?? null,
      credit: article.provenance?.credit ?? null,
      provenanceNote: article.provenance?.note ?? null,
      text: article.text,
      sentenceCount: int(sentences.length),
    },
    entities: entityRows,
    relationshipsByType: new Map(
      [...groupBy(relationshipRows, (item) => item.type)].map(([type, items]) => [
        type,
        items.map((item) => item.row),
      ]),
    ),
    sentences: sentenceRows(article, sentences),
  };
}

/** Splits rows into batches for UNWIND; 5 000 rows keep a statement well under Bolt's limits. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Batch size must be a positive integer, got ${size}.`);
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/** The user property names used by any row of a batch, sorted, for the statement's SET list. */
export function propertyKeysOf(rows: readonly object[]): string[] {
  const keys = rows.flatMap((row) =>
    'properties' in row && typeof row.properties === 'object' && row.properties !== null
      ? Object.keys(row.properties)
      : [],
  );
  return [...new Set(keys)].sort();
}
