/** Schema statements: constraints and the full-text index the server's search uses. */
import { quoteIdentifier, relationshipType } from '../identifiers.ts';
import { RELATIONSHIP_TYPES } from '@newsgraph/model';
import { GRAPH_REVISION_CONSTRAINT_NAME, GRAPH_REVISION_LABEL } from '../revision.ts';

/**
 * The labels the seeder owns; `--reset` removes nodes with these labels and
 * nothing else. Article documents and their change records are the seed
 * folders' counterpart in Neo4j, so they go too (the CLI refuses to reset
 * over articles edited in the app unless --force).
 */
export const OWNED_LABELS = [
  'Entity',
  'Sentence',
  'Article',
  'ArticleDocument',
  'ArticleChange',
] as const;

export const FULLTEXT_INDEX = 'entity_search';
export const FULLTEXT_PROPERTIES = ['name', 'aliasesText'];

/** `owns_id` for OWNS: the name of a relationship type's uniqueness constraint. */
export function relationshipConstraintName(type: string): string {
  return `${type.toLowerCase()}_id`;
}

/** A named constraint or index and the statement that creates it if missing. */
export interface SchemaItem {
  name: string;
  statement: string;
}

/**
 * Idempotent schema statements, run one by one (schema and data cannot share
 * a transaction): node uniqueness constraints, one uniqueness constraint on
 * `id` per relationship type of the vocabulary, and the full-text index.
 */
export function schemaItems(): SchemaItem[] {
  const constraint = (name: string, pattern: string, property: string): SchemaItem => ({
    name,
    statement: `CREATE CONSTRAINT ${quoteIdentifier(name)} IF NOT EXISTS FOR ${pattern} REQUIRE ${property} IS UNIQUE`,
  });
  return [
    constraint('entity_id', '(n:Entity)', 'n.id'),
    constraint('article_id', '(n:Article)', 'n.id'),
    constraint('sentence_id', '(n:Sentence)', 'n.id'),
    constraint('article_document_id', '(n:ArticleDocument)', 'n.id'),
    constraint('article_change_id', '(n:ArticleChange)', 'n.id'),
    constraint(GRAPH_REVISION_CONSTRAINT_NAME, `(n:${GRAPH_REVISION_LABEL})`, 'n.id'),
    ...RELATIONSHIP_TYPES.map((type) =>
      constraint(relationshipConstraintName(type), `()-[r:${relationshipType(type)}]-()`, 'r.id'),
    ),
    {
      name: FULLTEXT_INDEX,
      statement: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
    },
  ];
}

/** The labels and properties of an existing `entity_search` index, to catch one built on other fields. */
export const FULLTEXT_INDEX_PROPERTIES = `
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state
WHERE name = $name
RETURN labelsOrTypes, properties, state`;

/**
 * Range indexes named like one of our constraints but owned by no
 * constraint. Creating a uniqueness constraint builds its index first; when
 * Neo4j stops in between, the index stays behind, POPULATING forever, and
 * `CREATE CONSTRAINT … IF NOT EXISTS` then fails on the name for good (seen on
 * a dev instance: `saved_query_id`, which left the app without saved queries).
 */
export const ORPHANED_CONSTRAINT_INDEXES = `
SHOW RANGE INDEXES YIELD name, owningConstraint
WHERE name IN $names AND owningConstraint IS NULL
RETURN collect(name) AS names`;

/** Every constraint name, to create only the missing ones. */
export const CONSTRAINT_NAMES = 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names';

/**
 * Relationships per transaction when resetting: each carries its evidence
 * quotes, which a delete holds in memory until commit. 2 000 long ones stay
 * well inside the dev and test instances' 64 MB per transaction.
 */
const RESET_RELATIONSHIPS_PER_TRANSACTION = 2000;

/**
 * Nodes per transaction when resetting, by label: an article document holds
 * a whole article as JSON, and an entity or sentence only a few fields.
 */
const RESET_NODES_PER_TRANSACTION: Record<(typeof OWNED_LABELS)[number], number> = {
  Entity: 5000,
  Sentence: 5000,
  Article: 100,
  ArticleDocument: 20,
  ArticleChange: 20,
};

/**
 * Deletes every node with one owned label, in batches: first their
 * relationships, out then in (an undirected match would meet a relationship
 * between two owned nodes twice), then the nodes. Deleting 5 000 entities
 * with their relationships in one go held a hub's tens of thousands of
 * relationships in one transaction, over Neo4j's memory limit.
 */
export function resetLabel(label: (typeof OWNED_LABELS)[number]): string[] {
  const node = `(n:${quoteIdentifier(label)})`;
  const relationships = RESET_RELATIONSHIPS_PER_TRANSACTION;
  return [
    `MATCH ${node}-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF ${relationships} ROWS`,
    `MATCH ${node}<-[r]-() CALL (r) { DELETE r } IN TRANSACTIONS OF ${relationships} ROWS`,
    `MATCH ${node} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${RESET_NODES_PER_TRANSACTION[label]} ROWS`,
  ];
}
