import type { Driver } from 'neo4j-driver';
import { InvalidInputError } from '../domain/errors.ts';
import { SCHEMA_NAMES } from './queries/schema.ts';
import { readQuery, type SessionOptions } from './session.ts';

/**
 * Labels that hold the explorer's own storage, never shown as article data.
 * Article documents and their changes hold drafts, which only writers see.
 */
export const INTERNAL_LABELS = [
  'SavedQuery',
  'Article',
  'Sentence',
  'ArticleDocument',
  'ArticleChange',
  'MergedEntity',
] as const;
/** Relationship types that link storage nodes, not entities. */
export const INTERNAL_RELATIONSHIP_TYPES = ['HAS_SENTENCE'] as const;

export interface SchemaNames {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

const TTL_MS = 5000;

/**
 * The database's label and relationship-type names, cached for a few seconds.
 * User-supplied names are checked against it before they reach a query.
 */
export class SchemaCache {
  private cached: { names: SchemaNames; at: number } | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly session: SessionOptions,
  ) {}

  async names(forceRefresh = false): Promise<SchemaNames> {
    if (!forceRefresh && this.cached && Date.now() - this.cached.at < TTL_MS)
      return this.cached.names;
    const result = await readQuery<{ labels: string[]; types: string[]; keys: string[] }>(
      this.driver,
      this.session,
      SCHEMA_NAMES,
    );
    const record = result.records[0];
    const names: SchemaNames = {
      labels: (record?.get('labels') ?? []).slice().sort(),
      relationshipTypes: (record?.get('types') ?? []).slice().sort(),
      propertyKeys: (record?.get('keys') ?? []).slice().sort(),
    };
    this.cached = { names, at: Date.now() };
    return names;
  }

  /** Relationship types between entities: everything but the storage links. */
  async entityRelationshipTypes(): Promise<string[]> {
    const internal = new Set<string>(INTERNAL_RELATIONSHIP_TYPES);
    return (await this.names()).relationshipTypes.filter((type) => !internal.has(type));
  }

  /** Throws a 400 naming the known types unless `type` exists in the database. */
  async assertRelationshipType(type: string): Promise<void> {
    const known = async (refresh: boolean) =>
      (await this.names(refresh)).relationshipTypes.includes(type);
    if ((await known(false)) || (await known(true))) return;
    const list = (await this.entityRelationshipTypes()).join(', ');
    throw new InvalidInputError(`Unknown relationship type "${type}". Known types: ${list}.`);
  }
}
