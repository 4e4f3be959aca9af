/**
 * The authoring store's types, its record converters, and the look-ups an
 * edit makes inside the store's transaction (the published graph, other
 * documents, earlier versions).
 */
import type { Transaction } from 'neo4j-driver';
import type {
  ArticleChangeDto,
  ArticleDocumentSummaryDto,
  EntityType,
  RelationshipType,
} from '@newsgraph/model';
import { changeId, documentArticle, type SeedArticle } from '@newsgraph/seed';
import {
  GET_CHANGE,
  GRAPH_ENTITIES,
  GRAPH_RELATIONSHIP,
  ID_IN_OTHER_DOCUMENT,
  relationshipBetween,
} from './queries/authoring.ts';
import { asText, toPropertyValue } from './toDomain.ts';

export type DocumentStatus = 'draft' | 'published';

/** A stored document: its summary fields and the article it describes. */
export interface StoredDocument {
  summary: ArticleDocumentSummaryDto;
  article: SeedArticle;
}

export interface StoredChange {
  version: number;
  kind: ArticleChangeDto['kind'];
  summary: string;
  /** Set on the changes of a merge (and of its revert), which touched several articles at once. */
  mergeId?: string;
  before: SeedArticle | undefined;
  after: SeedArticle;
}

/** What an edit may ask of the published graph and of other documents, inside its transaction. */
export interface GraphLookups {
  entity(
    id: string,
  ): Promise<{ id: string; name: string; type: EntityType; description: string } | null>;
  relationship(id: string): Promise<{
    id: string;
    type: RelationshipType;
    from: string;
    to: string;
    attribution: 'narrated' | 'attributed';
    stance?: string;
    speaker?: string;
    date?: string;
    scope?: string;
  } | null>;
  /** The id of a published relationship that states `from type to`, if any. */
  relationshipBetween(type: RelationshipType, from: string, to: string): Promise<string | null>;
  /** The id of another article whose document declares this entity or relationship id. */
  otherDocumentWith(id: string): Promise<string | null>;
  change(version: number): Promise<StoredChange | null>;
}

/** What the use case decided for a locked document. */
export interface DocumentUpdate {
  article: SeedArticle;
  status: DocumentStatus;
  kind: ArticleChangeDto['kind'];
  summary: string;
  revertOf?: number;
  /** Write the graph from the new document (a published article, or publishing). */
  writeGraph: boolean;
}

export const text = (value: unknown): string => asText(value);

export function toSummary(map: Record<string, unknown>): ArticleDocumentSummaryDto {
  return {
    id: text(map.id),
    title: text(map.title),
    outlet: text(map.outlet),
    publishedAt: text(map.publishedAt),
    language: text(map.language),
    ...(map.url === null || map.url === undefined ? {} : { url: text(map.url) }),
    status: map.status === 'draft' ? 'draft' : 'published',
    version: Number(toPropertyValue(map.version)),
    editedInApp: map.editedInApp === true,
    updatedAt: text(map.updatedAt),
    updatedBy: text(map.updatedBy),
  };
}

export function toChange(map: Record<string, unknown>): ArticleChangeDto {
  return {
    version: Number(toPropertyValue(map.version)),
    at: text(map.at),
    author: text(map.author),
    kind: text(map.kind) as ArticleChangeDto['kind'],
    summary: text(map.summary),
    ...(map.revertOf === null || map.revertOf === undefined
      ? {}
      : { revertOf: Number(toPropertyValue(map.revertOf)) }),
    ...(map.mergeId === null || map.mergeId === undefined ? {} : { mergeId: text(map.mergeId) }),
  };
}

const optional = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : text(value);

export function lookups(tx: Transaction, articleId: string): GraphLookups {
  return {
    async entity(id) {
      const record = (await tx.run(GRAPH_ENTITIES, { ids: [id] })).records[0];
      if (!record) return null;
      return {
        id,
        name: text(record.get('name')),
        type: text(record.get('type')) as EntityType,
        description: text(record.get('description')),
      };
    },
    async relationship(id) {
      const record = (await tx.run(GRAPH_RELATIONSHIP, { id })).records[0];
      if (!record) return null;
      const fields = ['stance', 'speaker', 'date', 'scope'] as const;
      return {
        id,
        type: text(record.get('type')) as RelationshipType,
        from: text(record.get('from')),
        to: text(record.get('to')),
        attribution: record.get('attribution') === 'attributed' ? 'attributed' : 'narrated',
        ...Object.fromEntries(
          fields.flatMap((field) => {
            const value = optional(record.get(field));
            return value === undefined ? [] : [[field, value]];
          }),
        ),
      };
    },
    async relationshipBetween(type, from, to) {
      const record = (await tx.run(relationshipBetween(type), { from, to })).records[0];
      return record ? text(record.get('id')) : null;
    },
    async otherDocumentWith(id) {
      const record = (await tx.run(ID_IN_OTHER_DOCUMENT, { id, articleId })).records[0];
      return record ? text(record.get('articleId')) : null;
    },
    async change(version) {
      const record = (await tx.run(GET_CHANGE, { id: changeId(articleId, version) })).records[0];
      if (!record) return null;
      const map = record.get('c') as Record<string, unknown>;
      return {
        version,
        kind: text(map.kind) as ArticleChangeDto['kind'],
        summary: text(map.summary),
        ...(map.mergeId === null || map.mergeId === undefined
          ? {}
          : { mergeId: text(map.mergeId) }),
        before: map.before === null || map.before === undefined ? undefined : parse(map.before),
        after: parse(map.after),
      };
      function parse(graph: unknown): SeedArticle {
        return documentArticle(text(graph), '');
      }
    },
  };
}
