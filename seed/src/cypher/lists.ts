/** Cypher list expressions shared by the entity and relationship statements. */
import { propertyKey } from '../identifiers.ts';

/**
 * `list` without $articleId, then $articleId inserted in sorted position, so
 * articleIds stay sorted whatever order articles are seeded in.
 */
export const withArticle = (list: string): string =>
  `[x IN ${list} WHERE x < $articleId] + [$articleId] + [x IN ${list} WHERE x > $articleId]`;

/**
 * `SET` items for user properties, named explicitly: a dynamic `+= map`
 * makes the planner add an Eager step (it cannot tell which properties the
 * map writes), which stalls every batch. With `keepStored`, a key missing
 * from a row keeps the stored value, as another article may have set it.
 */
export function userProperties(
  variable: string,
  keys: readonly string[],
  keepStored: boolean,
): string {
  return keys
    .map((key) => {
      const quoted = propertyKey(key);
      const value = keepStored
        ? `coalesce(row.properties.${quoted}, ${variable}.${quoted})`
        : `row.properties.${quoted}`;
      return `,\n    ${variable}.${quoted} = ${value}`;
    })
    .join('');
}
