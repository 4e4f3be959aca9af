/**
 * Entity statements. Rows of all types share one statement: a label cannot
 * be a parameter, so each vocabulary label is written once (through
 * entityLabel) and set only on the rows of that type; one round trip per
 * batch instead of one per type keeps many small articles fast.
 *
 * The plans stay free of Eager steps: row fields are never named like the
 * property they set (`entityType` sets `type`), labels are set before
 * properties, and stored values are read only inside SET.
 */
import { entityLabel } from '../identifiers.ts';
import { ENTITY_TYPES } from '@newsgraph/model';
import { userProperties, withArticle } from './lists.ts';

const setLabels = (): string =>
  ENTITY_TYPES.map(
    (type) =>
      `FOREACH (_ IN CASE WHEN row.entityType = '${type}' THEN [1] ELSE [] END | SET n:${entityLabel(type)})`,
  ).join('\n');

/**
 * Entities that are not in Neo4j yet: everything comes from the row, nothing
 * stored is read, which keeps the common path of a first seed fast.
 *
 * @example createEntities(['americanUsers'])
 */
export function createEntities(propertyKeys: readonly string[]): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
${setLabels()}
SET n.name = row.name,
    n.type = row.entityType,
    n.description = row.description,
    n.aliases = row.aliases,
    n.aliasesText = row.aliasesText,
    n.articleIds = [$articleId]${userProperties('n', propertyKeys, false)}
RETURN count(n) AS written`;
}

/**
 * Entities already in Neo4j: aliases and articleIds become unions with what
 * is stored; name, type, description and the given properties take this
 * article's values (the article seeded last wins). Every item of a SET reads
 * the values from before the SET, so aliasesText repeats the union.
 *
 * Only entities whose type changes need their label set again (`retyped`);
 * the others already carry it, and skipping the fourteen label steps makes
 * the common update, an entity seen again in a new article, cheaper.
 *
 * @example updateEntities([], { retyped: false })
 */
export function updateEntities(
  propertyKeys: readonly string[],
  { retyped }: { retyped: boolean },
): string {
  const aliases =
    '([x IN coalesce(n.aliases, []) WHERE x <> row.name] + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])])';
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
${retyped ? setLabels() : ''}
SET n.aliases = ${aliases},
    n.articleIds = ${withArticle('[x IN coalesce(n.articleIds, []) WHERE x <> $articleId]')},
    n.name = row.name,
    n.type = row.entityType,
    n.description = row.description,
    n.aliasesText = reduce(text = row.name, alias IN ${aliases} | text + ' | ' + alias)${userProperties('n', propertyKeys, true)}
RETURN count(n) AS written`;
}

/**
 * Entities whose stored type differs from the seed's. Those that an article
 * outside this seed also uses are conflicts (nothing is written); the others
 * only lose their old label before the upsert.
 */
export const TYPE_DIFFERENCES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.type <> row.type
RETURN n.id AS id, n.type AS stored, row.type AS wanted, n.articleIds AS articleIds,
       any(a IN coalesce(n.articleIds, []) WHERE NOT a IN $articleIds) AS conflict`;

/**
 * Drops an entity's old type label before the upsert sets the new one; the
 * guard on `type` makes it a no-op once an earlier article has changed it.
 *
 * @example removeLabel('Person') // REMOVE n:`Person` on the listed entities still typed Person
 */
export function removeLabel(type: string): string {
  return `UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE n.type = $oldType REMOVE n:${entityLabel(type)}`;
}

/** Takes one article off entities; deletes those no article uses any more. */
export const RETRACT_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.articleIds = [x IN coalesce(n.articleIds, []) WHERE x <> $articleId]
WITH n WHERE size(n.articleIds) = 0
DETACH DELETE n`;
