import type { Node, Relationship } from 'neo4j-driver';
import type { RelationshipDetailsDto } from '@newsgraph/model';
import { NotFoundError } from '../../domain/errors.ts';
import { buildFindRelationship } from '../queries/explore.ts';
import { evidenceOf, toEdgeDto, toNodeDto } from '../toDomain.ts';
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
  const source = toNodeDto(record.get('a'));
  const target = toNodeDto(record.get('b'));
  const rel = record.get('r');
  return {
    edge: toEdgeDto(rel, source.id, target.id),
    source,
    target,
    evidence: evidenceOf(rel.properties),
  };
}
