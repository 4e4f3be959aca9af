/**
 * Remembers which query texts Neo4j's EXPLAIN plan has already shown to be
 * pure reads, so that a saved query run again (the common case) skips the
 * extra round trip. Only approvals are kept: the verdict depends on the
 * text alone (parameters cannot turn a read into a write, nor name a
 * procedure), and execution still happens in a READ transaction, where Neo4j
 * itself refuses writes. The cache is bounded, oldest entry out first.
 */
export interface ReadOnlyVerdicts {
  isApproved(cypher: string): boolean;
  approve(cypher: string): void;
}

export function createReadOnlyVerdicts(capacity = 500): ReadOnlyVerdicts {
  // A Map keeps insertion order, so its first key is the least recently used.
  const approved = new Map<string, true>();
  return {
    isApproved(cypher) {
      if (!approved.has(cypher)) return false;
      approved.delete(cypher);
      approved.set(cypher, true);
      return true;
    },
    approve(cypher) {
      approved.delete(cypher);
      approved.set(cypher, true);
      const oldest = approved.keys().next();
      if (approved.size > capacity && oldest.done !== true) approved.delete(oldest.value);
    },
  };
}
