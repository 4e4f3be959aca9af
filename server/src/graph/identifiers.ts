/**
 * Labels and relationship types cannot be Cypher parameters. The seed
 * package owns the one escaping helper (with its tests); the server uses the
 * same one, after checking each user-supplied name against the live schema.
 */
export { quoteIdentifier } from '@newsgraph/seed';
