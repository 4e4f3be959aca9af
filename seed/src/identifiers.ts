/**
 * Labels and relationship types cannot be Cypher parameters, so they are
 * written into query text. This is the one gate they pass: a name must be in
 * the seed vocabulary, and is then backtick-quoted so that no character in it
 * can end the identifier.
 */
import { ENTITY_TYPES, RELATIONSHIP_TYPES, quoteIdentifier } from '@newsgraph/model';

export { quoteIdentifier };

/** The quoted label of an entity type; throws for a name outside the vocabulary. */
export function entityLabel(type: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new RangeError(`"${type}" is not an entity type of the seed vocabulary.`);
  }
  return quoteIdentifier(type);
}

/** The quoted relationship type; throws for a name outside the vocabulary. */
export function relationshipType(type: string): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new RangeError(`"${type}" is not a relationship type of the seed vocabulary.`);
  }
  return quoteIdentifier(type);
}

/**
 * The quoted name of a user property; only camelCase names (the seed
 * format's rule) are accepted, so nothing else reaches query text.
 *
 * @example propertyKey('americanUsers') // '`americanUsers`'
 */
export function propertyKey(key: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(key)) {
    throw new RangeError(`"${key}" is not a valid property name (camelCase letters and digits).`);
  }
  return quoteIdentifier(key);
}
