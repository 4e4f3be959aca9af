import { randomUUID } from 'node:crypto';
import { isDateTime, type Driver, type Node } from 'neo4j-driver';
import type { QueryParameterDto, SavedQueryDto } from '@newsgraph/model';
import { dropOrphanedConstraintIndexes } from '@newsgraph/seed';
import {
  ENSURE_GRAPH_REVISION,
  GRAPH_REVISION_CONSTRAINT,
  GRAPH_REVISION_CONSTRAINT_NAME,
  bumpGraphRevision,
} from '@newsgraph/seed/revision';
import { NotFoundError, VersionConflictError } from '../domain/errors.ts';
import {
  CREATE_SAVED_QUERY,
  DELETE_SAVED_QUERY,
  ENSURE_SAVED_QUERY_CONSTRAINT,
  GET_SAVED_QUERY,
  LIST_SAVED_QUERIES,
  LOCK_SAVED_QUERY,
  SAVED_QUERY_CONSTRAINT_NAME,
  SEED_STARTER_QUERIES,
  UPDATE_SAVED_QUERY,
} from './queries/savedQueries.ts';
import { readQuery, writeQuery, writeTransaction, type SessionOptions } from './session.ts';
import { asText, toPropertyValue } from './toDomain.ts';

/** What a user writes; id, version and timestamps are the store's. */
export interface SavedQueryInput {
  name: string;
  description: string;
  cypher: string;
  parameters: QueryParameterDto[];
  tags: string[];
}

/** Parameters are stored as a JSON string: Neo4j properties cannot hold lists of maps. */
function toFields(input: SavedQueryInput): Record<string, unknown> {
  return {
    name: input.name,
    description: input.description,
    cypher: input.cypher,
    parametersJson: JSON.stringify(input.parameters),
    tags: input.tags,
  };
}

function isoTimestamp(value: unknown): string {
  return isDateTime(value) ? value.toStandardDate().toISOString() : asText(value);
}

function toDto(node: Node): SavedQueryDto {
  const p = node.properties as Record<string, unknown>;
  return {
    id: asText(p.id),
    name: asText(p.name),
    description: asText(p.description ?? ''),
    cypher: asText(p.cypher),
    parameters: JSON.parse(asText(p.parametersJson ?? '[]')) as QueryParameterDto[],
    tags: ((p.tags as string[] | undefined) ?? []).map(String),
    version: Number(toPropertyValue(p.version)),
    createdAt: isoTimestamp(p.createdAt),
    updatedAt: isoTimestamp(p.updatedAt),
  };
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No saved query has the id "${id}". GET /api/queries lists them.`);
}

export function createSavedQueryStore(driver: Driver, session: SessionOptions) {
  return {
    async ensureSchema(): Promise<void> {
      // An index left by an interrupted constraint creation would make the next statement fail on every start.
      await dropOrphanedConstraintIndexes({
        driver,
        database: session.database,
        names: [SAVED_QUERY_CONSTRAINT_NAME, GRAPH_REVISION_CONSTRAINT_NAME],
      });
      await writeQuery(driver, session, ENSURE_SAVED_QUERY_CONSTRAINT);
      await writeQuery(driver, session, GRAPH_REVISION_CONSTRAINT);
      await writeQuery(driver, session, ENSURE_GRAPH_REVISION);
    },

    /** Every write below bumps the graph revision in its own transaction: the response cache's rule. */
    async seedStarters(starters: (SavedQueryInput & { id: string })[]): Promise<void> {
      const queries = starters.map((starter) => ({ id: starter.id, fields: toFields(starter) }));
      await writeTransaction(driver, session, async (tx) => {
        const result = await tx.run(SEED_STARTER_QUERIES, { queries });
        // A restart that creates nothing changes nothing, so it keeps every cache warm.
        if (result.summary.counters.updates().nodesCreated > 0) await bumpGraphRevision(tx);
      });
    },

    async list(): Promise<SavedQueryDto[]> {
      const result = await readQuery<{ q: Node }>(driver, session, LIST_SAVED_QUERIES);
      return result.records.map((record) => toDto(record.get('q')));
    },

    async get(id: string): Promise<SavedQueryDto> {
      const result = await readQuery<{ q: Node }>(driver, session, GET_SAVED_QUERY, { id });
      const node = result.records[0]?.get('q');
      if (!node) throw notFound(id);
      return toDto(node);
    },

    async create(input: SavedQueryInput): Promise<SavedQueryDto> {
      return writeTransaction(driver, session, async (tx) => {
        const result = await tx.run<{ q: Node }>(CREATE_SAVED_QUERY, {
          id: `q-${randomUUID()}`,
          fields: toFields(input),
        });
        const node = result.records[0]?.get('q');
        if (!node) throw new Error('Neo4j created no saved query.');
        await bumpGraphRevision(tx);
        return toDto(node);
      });
    },

    /** Optimistic locking: the caller sends the version it read; a stale one gets 409. */
    async update(id: string, version: number, input: SavedQueryInput): Promise<SavedQueryDto> {
      return writeTransaction(driver, session, async (tx) => {
        const locked = await tx.run(LOCK_SAVED_QUERY, { id, lockToken: randomUUID() });
        const current = locked.records[0]?.get('version') as unknown;
        if (current === undefined) throw notFound(id);
        const currentVersion = Number(toPropertyValue(current));
        if (currentVersion !== version) {
          throw new VersionConflictError(
            `The saved query "${id}" changed since you read it (you sent version ${version}, it is now ${currentVersion}). Reload it, reapply your edit and save again.`,
            { currentVersion },
          );
        }
        const updated = await tx.run<{ q: Node }>(UPDATE_SAVED_QUERY, {
          id,
          fields: toFields(input),
        });
        const node = updated.records[0]?.get('q');
        if (!node) throw notFound(id);
        await bumpGraphRevision(tx);
        return toDto(node);
      });
    },

    async remove(id: string): Promise<void> {
      await writeTransaction(driver, session, async (tx) => {
        const result = await tx.run<{ deleted: unknown }>(DELETE_SAVED_QUERY, { id });
        if (Number(toPropertyValue(result.records[0]?.get('deleted') ?? 0)) === 0)
          throw notFound(id);
        await bumpGraphRevision(tx);
      });
    },
  };
}

export type SavedQueryStore = ReturnType<typeof createSavedQueryStore>;
