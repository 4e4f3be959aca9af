/**
 * Labels and relationship types cannot be Cypher parameters. Every one that
 * reaches a query string passes through `quoteIdentifier`, after the caller
 * has checked it against the live schema.
 *
 * @example quoteIdentifier('OWNS') // '`OWNS`'
 * @example quoteIdentifier('we`ird') // '`we``ird`'
 */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.length > 256) {
    throw new RangeError(
      `A label or relationship type must have 1 to 256 characters, got ${name.length}.`,
    );
  }
  if (name.includes('\u0000'))
    throw new RangeError('A label or relationship type cannot contain NUL.');
  return `\`${name.replaceAll('`', '``')}\``;
}
