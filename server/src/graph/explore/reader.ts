import type { Driver, RecordShape, Record as Neo4jRecord } from 'neo4j-driver';
import { NotFoundError } from '../../domain/errors.ts';
import type { SchemaCache } from '../schemaCache.ts';
import { readQuery, type SessionOptions } from '../session.ts';

/**
 * What an explore use case needs from the database: one read query at a
 * time, under the server's own time limit, and the live schema. Each use
 * case is a function `(read, request) => Dto` over it, so it can be read
 * (and tested) without the wiring of a driver and sessions.
 */
export interface GraphReader {
  records<T extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<Neo4jRecord<T>[]>;
  schema: SchemaCache;
}

export function createGraphReader(
  driver: Driver,
  session: SessionOptions,
  schema: SchemaCache,
): GraphReader {
  return {
    async records<T extends RecordShape = RecordShape>(
      cypher: string,
      params: Record<string, unknown> = {},
    ) {
      return (await readQuery<T>(driver, session, cypher, params)).records;
    },
    schema,
  };
}

export function nodeNotFound(id: string): NotFoundError {
  return new NotFoundError(
    `No entity or node has the id "${id}". Search with /api/search?q=… to find ids.`,
  );
}
