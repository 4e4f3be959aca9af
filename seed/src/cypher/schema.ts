/** Schema statements: constraints and the full-text index the server's search uses. */
import { quoteIdentifier, relationshipType } from '../identifiers.ts';
import { RELATIONSHIP_TYPES } from '../vocabulary.ts';

/** The labels the seeder owns; `--reset` removes nodes with these labels and nothing else. */
export const OWNED_LABELS = ['Entity', 'Sentence', 'Article'] as const;

export const FULLTEXT_INDEX = 'entity_search';
export const FULLTEXT_PROPERTIES = ['name', 'aliasesText'];

/** `owns_id` for OWNS: the name of a relationship type's uniqueness constraint. */
export function relationshipConstraintName(type: string): string {
  return `${type.toLowerCase()}_id`;
}

/**
 * Idempotent schema statements, run one by one (schema and data cannot share
 * a transaction): node uniqueness constraints, one uniqueness constraint on
 * `id` per relationship type of the vocabulary, and the full-text index.
 */
export function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE',
    ...RELATIONSHIP_TYPES.map(
      (type) =>
        `CREATE CONSTRAINT ${quoteIdentifier(relationshipConstraintName(type))} IF NOT EXISTS FOR ()-[r:${relationshipType(type)}]-() REQUIRE r.id IS UNIQUE`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  ];
}

/** The labels and properties of an existing `entity_search` index, to catch one built on other fields. */
export const FULLTEXT_INDEX_PROPERTIES = `
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
WHERE name = $name
RETURN labelsOrTypes, properties`;

/** Deletes every node with one owned label, in batches, so a million relationships fit in memory. */
export function resetLabel(label: (typeof OWNED_LABELS)[number]): string {
  return `MATCH (n:${quoteIdentifier(label)}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;
}
