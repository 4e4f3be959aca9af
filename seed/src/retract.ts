/**
 * Taking an article's contribution off the graph: what a re-seed does for
 * relationships and entities the article no longer has, and what
 * removeArticles does for whole articles. Other articles' aliases, evidence
 * and articleIds stay; a relationship or entity is deleted only when no
 * article supports it any more.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { PREVIOUS_CONTENT } from './cypher/articles.ts';
import { RETRACT_ENTITIES } from './cypher/entities.ts';
import { findRelationshipsById, retractRelationships } from './cypher/relationships.ts';
import type { ArticleRows } from './rows.ts';

type Run = (query: string, parameters: Record<string, unknown>) => Promise<QueryResult>;

export interface Retracted {
  relationships: number;
  entities: number;
}

interface Wanted {
  relationships: Map<string, string>;
  entityIds: Set<string>;
}

const shape = (type: string, from: string, to: string): string => `${type} ${from}->${to}`;

function wantedOf(rows: ArticleRows | undefined): Wanted {
  const relationships = new Map<string, string>();
  for (const [type, list] of rows?.relationshipsByType ?? []) {
    for (const row of list) relationships.set(row.id, shape(type, row.from, row.to));
  }
  const entityIds = new Set((rows?.entities ?? []).map((row) => row.id));
  return { relationships, entityIds };
}

/**
 * Retracts what the stored version of an article has and the new version
 * does not: relationships that are gone or whose type or endpoints changed
 * (they are re-created by the upsert), and entities that are gone. Pass
 * `rows` undefined to retract the whole article. Does nothing for an article
 * that was never seeded.
 */
export async function retractArticleContent(
  tx: ManagedTransaction,
  articleId: string,
  rows: ArticleRows | undefined,
  run: Run,
): Promise<Retracted> {
  const previous = (await tx.run(PREVIOUS_CONTENT, { articleId })).records[0];
  if (!previous) return { relationships: 0, entities: 0 };
  const wanted = wantedOf(rows);
  const oldRelationshipIds = previous.get('relationshipIds') as string[];
  const found = await tx.run(findRelationshipsById(), { ids: oldRelationshipIds });
  const retractIds = found.records
    .filter((record) => {
      const now = wanted.relationships.get(String(record.get('id')));
      const stored = shape(
        String(record.get('type')),
        String(record.get('from')),
        String(record.get('to')),
      );
      return now !== stored;
    })
    .map((record) => String(record.get('id')));
  if (retractIds.length > 0) await run(retractRelationships(), { ids: retractIds, articleId });
  const oldEntityIds = previous.get('entityIds') as string[];
  const staleEntityIds = oldEntityIds.filter((id) => !wanted.entityIds.has(id));
  if (staleEntityIds.length > 0) await run(RETRACT_ENTITIES, { ids: staleEntityIds, articleId });
  return { relationships: retractIds.length, entities: staleEntityIds.length };
}

/** The re-seed case: retract only what the new rows no longer contain. */
export function retractStaleContent(
  tx: ManagedTransaction,
  rows: ArticleRows,
  run: Run,
): Promise<Retracted> {
  return retractArticleContent(tx, rows.article.id, rows, run);
}
