import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  RELATIONSHIP_TYPE_INFO,
  RELATIONSHIP_TYPES,
  STANCE_OF_TYPE,
  STANCES,
  isEntityType,
  isRelationshipType,
} from './vocabulary.ts';

describe('the vocabulary', () => {
  it('names each relationship type in running text as the type in lower case words', () => {
    const mismatched = RELATIONSHIP_TYPES.filter(
      (type) => RELATIONSHIP_TYPE_INFO[type].label !== type.toLowerCase().replaceAll('_', ' '),
    );
    expect(mismatched).toStrictEqual([]);
  });

  it('gives every stance-typed relationship a stance of the list', () => {
    expect(
      Object.values(STANCE_OF_TYPE).filter((stance) => !STANCES.includes(stance)),
    ).toStrictEqual([]);
  });

  it('narrows names read from outside to the vocabulary', () => {
    expect(['Person', 'Entity', 'person'].map(isEntityType)).toStrictEqual([true, false, false]);
    expect(['OWNS', 'owns', 'HAS_SENTENCE'].map(isRelationshipType)).toStrictEqual([
      true,
      false,
      false,
    ]);
    expect(ENTITY_TYPES).toHaveLength(14);
    expect(RELATIONSHIP_TYPES).toHaveLength(28);
  });
});
