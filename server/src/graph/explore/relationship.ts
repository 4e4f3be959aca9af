import type { Node, Relationship } from 'neo4j-driver';
import type { RelationshipDetailsDto } from '@newsgraph/model';
import { NotFoundError } from '../../domain/errors.ts';
import { buildFindRelationship } from '../queries/explore.ts';
import { toEntityDto, toRelationshipDto } from '../toEntities.ts';
import type { GraphReader } from './reader.ts';

/** A relationship by id, with its endpoints and its evidence, decoded from storage. */
export async function relationship(
  read: GraphReader,
  { relationshipId }: { relationshipId: string },
): Promise<RelationshipDetailsDto> {
  const types = (await read.schema.names()).relationshipTypes;
  const [record] = await read.records<{ a: Node; r: Relationship; b: Node }>(
    buildFindRelationship(types),
    { id: relationshipId },
  );
  if (!record) {
    throw new NotFoundError(
      `No relationship has the id "${relationshipId}". Node details list the ids of their relationships.`,
    );
  }
  const source = toEntityDto(record.get('a'));
  const target = toEntityDto(record.get('b'));
  return { edge: toRelationshipDto(record.get('r'), source.id, target.id), source, target };
}
