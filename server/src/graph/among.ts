import neo4j, { type Driver, type Relationship } from 'neo4j-driver';
import type { RelationshipsAmongDto } from '@newsgraph/model';
import { NotFoundError } from '../domain/errors.ts';
import { RELATIONSHIPS_AMONG } from './queries/among.ts';
import { readQuery, type SessionOptions } from './session.ts';
import { toPropertyValue } from './toDomain.ts';
import { toRelationshipDto } from './toEntities.ts';

export interface RelationshipsAmongRequest {
  /** Nodes just added to the canvas: every returned relationship touches one of them. */
  newIds: string[];
  /** Nodes already on the canvas. */
  visibleIds: string[];
  limit: number;
}

interface AmongRecord {
  freshFound: string[];
  shownFound: string[];
  total: unknown;
  edges: { rel: Relationship; source: string; target: string }[];
}

/** Names up to five ids, so a message stays readable when a whole canvas is stale. */
function listIds(ids: string[]): string {
  const shown = ids.slice(0, 5).map((id) => `"${id}"`);
  const more = ids.length > 5 ? ` and ${String(ids.length - 5)} more` : '';
  return `${shown.join(', ')}${more}`;
}

export function createAmongQueries(driver: Driver, session: SessionOptions) {
  return {
    async relationshipsAmong(request: RelationshipsAmongRequest): Promise<RelationshipsAmongDto> {
      const newIds = [...new Set(request.newIds)];
      const visibleIds = [...new Set(request.visibleIds)];
      const result = await readQuery<AmongRecord>(driver, session, RELATIONSHIPS_AMONG, {
        newIds,
        visibleIds,
        limit: neo4j.int(request.limit),
      });
      const record = result.records[0];
      const found = new Set([
        ...(record?.get('freshFound') ?? []),
        ...(record?.get('shownFound') ?? []),
      ]);
      const unknown = [...new Set([...newIds, ...visibleIds])].filter((id) => !found.has(id));
      if (!record || unknown.length > 0) {
        throw new NotFoundError(
          `No entity or node has the id ${listIds(unknown)}. Remove it from newIds/visibleIds, or search with /api/search?q=… to find ids.`,
          { unknownIds: unknown },
        );
      }
      const total = Number(toPropertyValue(record.get('total')));
      const edges = record
        .get('edges')
        .map(({ rel, source, target }) => toRelationshipDto(rel, source, target));
      return { edges, total, truncated: total > edges.length, limit: request.limit };
    },
  };
}
