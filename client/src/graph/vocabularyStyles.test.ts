import {
  ATTRIBUTIONS,
  ENTITY_TYPES,
  RELATIONSHIP_TYPE_INFO,
  RELATIONSHIP_TYPES,
  STANCE_OF_TYPE,
  STANCES,
  type GraphFile,
} from '@newsgraph/model';
import { describe, expect, it } from 'vitest';
import { ENTITY_STYLES, edgeStyleOf, OTHER_CLAIM_STYLE } from './entityStyles.ts';
import { relationshipLabel } from '../domain/entities.ts';

// Every seeded article, as the seeder reads it.
const seedFiles = import.meta.glob<GraphFile>('../../../seed/articles/*/graph.json', {
  eager: true,
  import: 'default',
});
const graphs = Object.values(seedFiles);

describe('a style for every word of the vocabulary the seed uses', () => {
  it('finds the seeded articles', () => {
    expect(graphs.length).toBeGreaterThan(0);
  });

  it('gives every entity type of the seed its own hand-picked style', () => {
    const used = new Set(graphs.flatMap((graph) => graph.entities.map((entity) => entity.type)));
    const unstyled = [...used].filter((type) => !Object.hasOwn(ENTITY_STYLES, type));
    expect(unstyled).toStrictEqual([]);
    expect(Object.keys(ENTITY_STYLES).sort()).toStrictEqual([...ENTITY_TYPES].sort());
  });

  it('draws every relationship of the seed with a known style and names its type in words', () => {
    const unstyled = graphs.flatMap((graph) =>
      graph.relationships
        .filter(
          (relationship) =>
            edgeStyleOf(
              relationship.attribution,
              relationship.stance ?? STANCE_OF_TYPE[relationship.type],
            ) === OTHER_CLAIM_STYLE ||
            relationshipLabel(relationship.type) !==
              RELATIONSHIP_TYPE_INFO[relationship.type].label,
        )
        .map((relationship) => relationship.id),
    );
    expect(unstyled).toStrictEqual([]);
  });

  it('has a style for each stance and attribution, so any vocabulary relationship can be drawn', () => {
    const styles = RELATIONSHIP_TYPES.flatMap((type) =>
      ATTRIBUTIONS.flatMap((attribution) =>
        [STANCE_OF_TYPE[type] ?? STANCES[0], ...STANCES].map((stance) =>
          edgeStyleOf(attribution, stance),
        ),
      ),
    );
    expect(styles.filter((style) => style === OTHER_CLAIM_STYLE)).toStrictEqual([]);
  });
});
