/** Removing seeded data: whole articles, or everything the seeder owns (`--reset`). */
import type { Driver } from 'neo4j-driver';
import { addCounters, emptyCounters, type WriteCounters } from './counters.ts';
import { DELETE_ARTICLE } from './cypher/articles.ts';
import { aliasesIn, pruneDroppedAliases, storedDocumentGraph } from './aliases.ts';
import { DELETE_DOCUMENT } from './documents.ts';
import { OWNED_LABELS, resetLabel } from './cypher/schema.ts';
import { restateDropped, statementsIn } from './restate.ts';
import { retractArticleContent } from './retract.ts';
import { bumpGraphRevision } from './revision.ts';

export interface MaintenanceOptions {
  driver: Driver;
  database?: string;
  log?: (line: string) => void;
}

/**
 * Deletes every node labelled Entity, Sentence or Article, with their
 * relationships, and nothing else: saved queries and any other data stay.
 * Constraints and the full-text index stay too; the next seed reuses them.
 */
export async function resetSeedData({
  driver,
  database,
  log,
}: MaintenanceOptions): Promise<WriteCounters> {
  const counters = emptyCounters();
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const label of OWNED_LABELS) {
      const result = await session.run(resetLabel(label));
      addCounters(counters, result.summary.counters.updates());
    }
    // The deletes above ran in their own batched transactions; the bump follows
    // them, so a reader that starts after the reset returns sees the new revision.
    await session.executeWrite((tx) => bumpGraphRevision(tx));
  } finally {
    await session.close();
  }
  log?.(
    `reset: deleted ${counters.nodesDeleted} nodes and ${counters.relationshipsDeleted} relationships owned by the seeder`,
  );
  return counters;
}

/**
 * Removes articles as if they had never been seeded: their evidence, their
 * ids on shared entities and relationships, whatever only they supported,
 * their sentences and the Article node. What they shared with other
 * articles takes back the values those articles state (restate.ts). One
 * transaction per article.
 */
export async function removeArticles({
  driver,
  database,
  log,
  articleIds,
}: MaintenanceOptions & { articleIds: readonly string[] }): Promise<WriteCounters> {
  const counters = emptyCounters();
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const articleId of articleIds) {
      await session.executeWrite(async (tx) => {
        const local = emptyCounters();
        const run = async (query: string, parameters: Record<string, unknown>) => {
          const result = await tx.run(query, parameters);
          addCounters(local, result.summary.counters.updates());
          return result;
        };
        const before = await storedDocumentGraph(tx, articleId);
        await retractArticleContent(tx, articleId, undefined, run);
        await run(DELETE_ARTICLE, { articleId });
        await run(DELETE_DOCUMENT, { articleId });
        await pruneDroppedAliases(tx, articleId, aliasesIn(before), undefined);
        await restateDropped(tx, articleId, statementsIn(before), undefined);
        await bumpGraphRevision(tx);
        addCounters(counters, local);
      });
      log?.(`removed article ${articleId}`);
    }
  } finally {
    await session.close();
  }
  return counters;
}
