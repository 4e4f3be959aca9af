/**
 * Branded ids: all are strings on the wire, but the compiler keeps an entity
 * id from being passed where a relationship id is expected. The server
 * brands ids once, where it decodes storage (server/src/graph/toDomain.ts).
 */
import { z } from 'zod';

/** An entity's stable slug (`tiktok`), or a Neo4j elementId for a node that is no entity. */
export const entityIdSchema = z.string().brand<'EntityId'>();
export type EntityId = z.infer<typeof entityIdSchema>;

/** A relationship's stable slug (`bytedance-owns-tiktok`), or its elementId. */
export const relationshipIdSchema = z.string().brand<'RelationshipId'>();
export type RelationshipId = z.infer<typeof relationshipIdSchema>;

/** An article's slug, also the name of its seed folder. */
export const articleIdSchema = z.string().brand<'ArticleId'>();
export type ArticleId = z.infer<typeof articleIdSchema>;

/** Brands a string read from a trusted source (storage, a DTO) without checking it. */
export const asEntityId = (id: string): EntityId => id as EntityId;
export const asRelationshipId = (id: string): RelationshipId => id as RelationshipId;
export const asArticleId = (id: string): ArticleId => id as ArticleId;
