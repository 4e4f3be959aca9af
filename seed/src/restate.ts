/**
 * Giving shared elements back the values that their remaining articles
 * state. On a shared entity or relationship the article written last wins
 * name, description, the fixed relationship fields and each user property,
 * and a user property that an article does not state keeps its stored value
 * (another article may have set it). So when an article stops stating
 * something (it is removed, its new version drops an entity, a relationship
 * or a property), its values would stay on what it shared, stated by no
 * article: a fixture's `fixtureNote` stayed on TikTok after the fixture was
 * removed. Every article's document is in Neo4j, so the values are restated
 * from the documents of the articles that still use the element, in
 * article-id order (the last one stating a value wins), in the same
 * transaction. A property that no remaining document states is removed.
 * Elements used by an article without a document keep everything, as
 * nothing is known about what that article states.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '@newsgraph/model';
import { DOCUMENT_LABEL } from './documents.ts';
import { relationshipType } from './identifiers.ts';
import type { ScalarValue, SeedArticle } from './model.ts';
import { toCypherScalar, type CypherScalar } from './rows.ts';

type Tx = Pick<ManagedTransaction | Transaction, 'run'>;

/** The parts of a graph.json element that can be restated. */
interface StatedElement {
  id: string;
  properties?: Record<string, ScalarValue>;
  [field: string]: unknown;
}

interface StatedGraph {
  entities: StatedElement[];
  relationships: StatedElement[];
}

/** What one article stated: its elements by id, entities and relationships apart. */
export interface Statements {
  entities: Map<string, StatedElement>;
  relationships: Map<string, StatedElement>;
}

type Kind = keyof Statements;

/** Fields other than user properties that the article written last decides. */
const DECIDED_FIELDS: Record<Kind, readonly string[]> = {
  entities: ['name', 'description'],
  relationships: ['attribution', 'stance', 'speaker', 'date', 'scope', 'inferred', 'inferenceNote'],
};

const byId = (elements: readonly StatedElement[]): Map<string, StatedElement> =>
  new Map(elements.map((element) => [element.id, element]));

/** What a stored document's graph.json text states; empty for a missing document. */
export function statementsIn(graphJson: unknown): Statements {
  if (typeof graphJson !== 'string') return { entities: new Map(), relationships: new Map() };
  const graph = JSON.parse(graphJson) as StatedGraph;
  return { entities: byId(graph.entities), relationships: byId(graph.relationships) };
}

/**
 * What an article about to be written states. Its entities and relationships
 * are plain objects with graph.json's fields, which is all StatedElement reads.
 */
export function statementsOf(article: SeedArticle): Statements {
  const plain = (elements: readonly object[]) => elements as unknown as StatedElement[];
  return {
    entities: byId(plain(article.entities)),
    relationships: byId(plain(article.relationships)),
  };
}

/**
 * Per element id: the user property keys to restate, and whether the
 * article left the element altogether (then the decided fields too).
 */
interface Restatement {
  keys: Set<string>;
  whole: boolean;
}

type Restatements = Map<string, Restatement>;

/**
 * What the article stated before (`before`) and does not state now (`now`,
 * undefined once the article is gone): whole elements it left, and user
 * properties it dropped from elements it keeps.
 */
export function droppedStatements(
  before: Statements,
  now: Statements | undefined,
): Record<Kind, Restatements> {
  const dropped = (kind: Kind): Restatements => {
    const result: Restatements = new Map();
    for (const [id, old] of before[kind]) {
      const current = now?.[kind].get(id);
      const kept = new Set(Object.keys(current?.properties ?? {}));
      const keys = new Set(Object.keys(old.properties ?? {}).filter((key) => !kept.has(key)));
      const whole = current === undefined;
      if (whole || keys.size > 0) result.set(id, { keys, whole });
    }
    return result;
  };
  return { entities: dropped('entities'), relationships: dropped('relationships') };
}

const ENTITY_USERS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, coalesce(n.articleIds, []) AS articleIds`;

/** Relationships found by id whatever their type, with index seeks only, then `tail`. */
const relationshipsById = (rows: string, tail: string): string => `
UNWIND ${rows} AS row
CALL (row) {
  ${RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${relationshipType(type)} {id: row.id}]->() RETURN r`).join('\n  UNION ALL\n  ')}
}
${tail}`;

const RELATIONSHIP_USERS = relationshipsById(
  '[id IN $ids | {id: id}]',
  'RETURN r.id AS id, coalesce(r.articleIds, []) AS articleIds',
);

const DOCUMENT_GRAPHS = `
MATCH (d:${DOCUMENT_LABEL}) WHERE d.id IN $ids
RETURN d.id AS id, d.graph AS graph`;

// `+= row.properties` sets and removes (null) user properties by name; the
// map is dynamic, which would make a bulk write Eager, but this path touches
// a few elements only when an article stops stating something.
const SET_ENTITIES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.properties
WITH n, row WHERE row.name IS NOT NULL
SET n.name = row.name,
    n.description = row.description,
    n.aliases = [x IN coalesce(n.aliases, []) WHERE x <> row.name],
    n.aliasesText = reduce(text = row.name, alias IN [x IN coalesce(n.aliases, []) WHERE x <> row.name] | text + ' | ' + alias)`;

const SET_RELATIONSHIPS = relationshipsById(
  '$rows',
  `SET r += row.properties
WITH r, row WHERE row.decided IS NOT NULL
SET r += row.decided`,
);

interface Restated {
  id: string;
  properties: Record<string, CypherScalar>;
  decided: Record<string, unknown> | null;
}

/**
 * The values that the remaining articles' documents state for one element
 * (`stated`, in article-id order, the last winning); a key none states is null.
 */
function restated(
  id: string,
  { keys: dropped, whole }: Restatement,
  stated: readonly StatedElement[],
  fields: readonly string[],
): Restated {
  const keys = new Set(dropped);
  if (whole) {
    for (const element of stated) {
      for (const key of Object.keys(element.properties ?? {})) keys.add(key);
    }
  }
  const properties: Record<string, CypherScalar> = {};
  for (const key of keys) {
    const last = stated.findLast((element) => element.properties?.[key] !== undefined);
    const value = last?.properties?.[key];
    properties[key] = value === undefined ? null : toCypherScalar(value);
  }
  const decider = stated.at(-1);
  const decided =
    whole && decider !== undefined
      ? Object.fromEntries(fields.map((field) => [field, decider[field] ?? null]))
      : null;
  return { id, properties, decided };
}

/** Each element's articleIds; an element missing from the map is gone from the graph. */
async function usersOf(tx: Tx, kind: Kind, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const query = kind === 'entities' ? ENTITY_USERS : RELATIONSHIP_USERS;
  const { records } = await tx.run(query, { ids });
  return new Map(records.map((r) => [String(r.get('id')), r.get('articleIds') as string[]]));
}

/**
 * Restates what `articleId` no longer states (see droppedStatements) from
 * the documents of the other articles that use each element, inside the
 * caller's transaction. Run after the article's new version is written, or
 * after it is retracted; elements no article uses any more are gone by then.
 */
export async function restateDropped(
  tx: Tx,
  articleId: string,
  before: Statements,
  now: Statements | undefined,
): Promise<void> {
  const dropped = droppedStatements(before, now);
  if (dropped.entities.size + dropped.relationships.size === 0) return;
  const users = {
    entities: await usersOf(tx, 'entities', [...dropped.entities.keys()]),
    relationships: await usersOf(tx, 'relationships', [...dropped.relationships.keys()]),
  };
  const others = new Set(
    [...users.entities.values(), ...users.relationships.values()]
      .flat()
      .filter((id) => id !== articleId),
  );
  const documents = new Map<string, Statements>();
  const found =
    others.size === 0 ? [] : (await tx.run(DOCUMENT_GRAPHS, { ids: [...others] })).records;
  for (const record of found) {
    documents.set(String(record.get('id')), statementsIn(record.get('graph')));
  }
  for (const kind of ['entities', 'relationships'] as const) {
    const rows: Restated[] = [];
    for (const [id, what] of dropped[kind]) {
      const userIds = users[kind].get(id);
      // Gone from the graph: no article used it any more, and it was deleted.
      if (userIds === undefined) continue;
      const remaining = userIds.filter((user) => user !== articleId).sort();
      // Used by an article without a document: what it states is unknown.
      if (remaining.some((user) => !documents.has(user))) continue;
      const stated = remaining.flatMap((user) => documents.get(user)?.[kind].get(id) ?? []);
      rows.push(restated(id, what, stated, DECIDED_FIELDS[kind]));
    }
    if (rows.length === 0) continue;
    if (kind === 'entities') {
      const entityRows = rows.map(({ id, properties, decided }) => ({
        id,
        properties,
        name: decided?.name ?? null,
        description: decided?.description ?? null,
      }));
      await tx.run(SET_ENTITIES, { rows: entityRows });
    } else {
      await tx.run(SET_RELATIONSHIPS, { rows });
    }
  }
}
