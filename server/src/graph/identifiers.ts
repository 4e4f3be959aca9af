/**
 * Labels and relationship types cannot be Cypher parameters. The model
 * package owns the one escaping helper, shared with the seeder; the server
 * uses it after checking each user-supplied name against the live schema.
 */
export { quoteIdentifier } from '@newsgraph/model';
