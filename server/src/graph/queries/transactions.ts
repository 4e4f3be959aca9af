/**
 * Cypher the server uses on its own transactions: each query it runs carries
 * `metaData.newsgraphRun` (see deadline.ts), so the watchdog can find it again.
 * Users can never run these: the read-only guard refuses SHOW and TERMINATE.
 */
export const FIND_TAGGED_TRANSACTIONS = `
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.newsgraphRun IN $runIds
RETURN transactionId`;

export const TERMINATE_TRANSACTIONS = `TERMINATE TRANSACTIONS $ids`;
