/**
 * What Neo4j already holds for the articles about to be seeded: which ones the
 * app has edited (a seed must not overwrite them unforced) and which ones are
 * recorded with the same content hash (nothing to write). On an unchanged
 * `npm start` this is the only query the seeder runs, right after Neo4j has
 * started, when every new query plan is slow to compile; so both answers come
 * from one statement instead of two.
 */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { APP_EDITED_DOCUMENTS, DOCUMENT_LABEL } from './documents.ts';

export interface SkippedArticle {
  id: string;
  reason: string;
}

interface StateOptions {
  driver: Driver;
  database?: string;
}

export interface StoredSeedState {
  /** Articles edited in the app, with the reason each is skipped. */
  edited: SkippedArticle[];
  /** Articles that are not edited and already hold the hash they would be seeded with. */
  unchanged: Set<string>;
}

const STORED_SEED_STATE = `
UNWIND $articleIds AS id
OPTIONAL MATCH (a:Article {id: id})
OPTIONAL MATCH (d:${DOCUMENT_LABEL} {id: id})
RETURN id, a.contentHash AS contentHash, coalesce(d.editedInApp, false) AS editedInApp,
       d.version AS version, toString(d.updatedAt) AS updatedAt, d.updatedBy AS updatedBy
ORDER BY id`;

function skipReason(record: Neo4jRecord): SkippedArticle {
  const id = String(record.get('id'));
  return {
    id,
    reason: `edited in the app (version ${String(record.get('version'))}, last changed ${String(record.get('updatedAt'))} by ${String(record.get('updatedBy'))}); export it with GET /api/articles/${id}/seed-folder, or run with --force to overwrite it with the files`,
  };
}

/** `hashes`: each article's id and the content hash it would be seeded with. */
export async function storedSeedState(
  options: StateOptions,
  hashes: ReadonlyMap<string, string>,
): Promise<StoredSeedState> {
  const { records } = await options.driver.executeQuery(
    STORED_SEED_STATE,
    { articleIds: [...hashes.keys()] },
    { database: options.database, routing: 'READ' },
  );
  const edited = records.filter((record) => record.get('editedInApp') === true);
  const unchanged = records.filter(
    (record) =>
      record.get('editedInApp') !== true &&
      record.get('contentHash') === hashes.get(String(record.get('id'))),
  );
  return {
    edited: edited.map(skipReason),
    unchanged: new Set(unchanged.map((record) => String(record.get('id')))),
  };
}

/**
 * Articles that the authoring API has edited: their documents in Neo4j
 * differ from what any seed folder says, and seeding them would silently
 * throw that work away.
 */
export async function appEditedArticles(
  options: StateOptions,
  /** null: every article the app edited. */
  articleIds: readonly string[] | null,
): Promise<SkippedArticle[]> {
  const { records } = await options.driver.executeQuery(
    APP_EDITED_DOCUMENTS,
    { articleIds },
    { database: options.database, routing: 'READ' },
  );
  return records.map(skipReason);
}
