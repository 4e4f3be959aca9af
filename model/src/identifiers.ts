/**
 * Labels and relationship types cannot be Cypher parameters, so they are
 * written into query text. quoteIdentifier is the one escaping gate they
 * pass, shared by the seeder and the server.
 */

/**
 * Backtick-quotes a Cypher identifier; a backtick inside is doubled.
 *
 * @example quoteIdentifier('OWNS') // '`OWNS`'
 * @example quoteIdentifier('we`ird') // '`we``ird`'
 */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.length > 256) {
    throw new RangeError(`An identifier must have 1 to 256 characters, got ${name.length}.`);
  }
  if (name.includes('\u0000')) throw new RangeError('An identifier cannot contain NUL.');
  return `\`${name.replaceAll('`', '``')}\``;
}
